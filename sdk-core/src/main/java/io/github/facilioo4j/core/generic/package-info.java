/**
 * A generic client for the collections of the facilioo API that have no typed client yet: list
 * (paged, walking on), retrieve by id and search, for any resource name, answering Jackson trees or
 * a type of the caller's. Start at {@link io.github.facilioo4j.core.generic.GenericClient}.
 *
 * <p>Null-safety is stated by {@code @NullMarked}: parameters and return values are never {@code
 * null} unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.core.generic;

import org.jspecify.annotations.NullMarked;
