/**
 * The SDK's unchecked exception tree, rooted at {@link
 * io.github.facilioo4j.core.errors.FaciliooException}.
 *
 * <p>An HTTP error answer becomes a {@link
 * io.github.facilioo4j.core.errors.FaciliooServiceException} subclass chosen by status; network
 * trouble becomes a {@link io.github.facilioo4j.core.errors.FaciliooIoException}; a successful
 * answer whose body cannot be read becomes an {@link
 * io.github.facilioo4j.core.errors.InvalidResponseException}. Messages are a single line and never
 * contain request headers, tokens or passwords.
 *
 * <p>Null-safety is stated by {@code @NullMarked}: parameters and return values are never {@code
 * null} unless marked {@code @Nullable}. All exceptions are immutable once thrown and safe to share
 * between threads.
 */
@NullMarked
package io.github.facilioo4j.core.errors;

import org.jspecify.annotations.NullMarked;
