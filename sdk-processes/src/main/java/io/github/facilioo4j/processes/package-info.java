/**
 * Typed client for the facilioo Processes module ("Vorgänge"): the handwritten {@link
 * io.github.facilioo4j.processes.ProcessesClient} and the operation calls generated from the
 * OpenAPI document ({@link io.github.facilioo4j.processes.ProcessesOperations}).
 *
 * <p>Null-safety is stated by {@code @NullMarked}: parameters and return values are never {@code
 * null} unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.facilioo4j.processes;

import org.jspecify.annotations.NullMarked;
