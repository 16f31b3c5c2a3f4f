/**
 * Core of the facilioo SDK: configuration, authentication, transport, retries, errors and paging.
 *
 * <p>Null-safety is stated by {@code @NullMarked}: parameters and return values are never {@code
 * null} unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.core;

import org.jspecify.annotations.NullMarked;
