/**
 * Model classes of the Processes API, generated at build time from {@code openapi/processes.yaml}.
 *
 * <p>Every model is an immutable value built with {@code X.builder()} and changed through {@code
 * x.toBuilder()}; accessors carry no {@code get} prefix. Accessors return {@code null} for a
 * property that is absent; JSON properties that a model does not declare are kept in {@code
 * additionalProperties()} and written back, so nothing the server sends is lost. Timestamps are
 * {@link java.time.OffsetDateTime}; a timestamp without an offset is read as UTC.
 *
 * <p>{@link io.github.facilioo4j.processes.model.ProcessUpdate} is a partial update: a property
 * whose setter was never called is left out (unchanged), one set to {@code null} is sent as JSON
 * {@code null} (cleared).
 *
 * <p>Null-safety is stated by {@code @NullMarked}: every accessor and builder setter of a property
 * is {@code @Nullable}, everything else is never {@code null}.
 *
 * <p>Do not edit the generated sources: change the OpenAPI document or the templates in {@code
 * openapi/templates} and rebuild.
 */
@NullMarked
package io.github.facilioo4j.processes.model;

import org.jspecify.annotations.NullMarked;
