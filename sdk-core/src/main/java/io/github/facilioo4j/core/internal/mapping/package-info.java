/**
 * How answers of the API become values and exceptions: the mapping of an error status and body to
 * the typed exception, the page envelope and the rules of a page walk. It sits above {@code
 * core.errors} and {@code core.internal} and below {@code core}.
 *
 * <p>Types here are public only so that other SDK modules and generated code can reach them. They
 * are not part of the supported API: they may change or disappear in any release, and applications
 * must not use them. Null-safety is stated by {@code @NullMarked}: never {@code null} unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.core.internal.mapping;

import org.jspecify.annotations.NullMarked;
