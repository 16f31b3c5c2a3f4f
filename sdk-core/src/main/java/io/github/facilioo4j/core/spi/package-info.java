/**
 * The call machinery that generated operations and SDK modules build on: for generated code and SDK
 * modules only.
 *
 * <p>Every operation of the OpenAPI document becomes a generated subclass of {@link
 * io.github.facilioo4j.core.spi.ValueCall} or {@link io.github.facilioo4j.core.spi.PageCall}; this
 * package gives them per-call options, the four ways to send, local validation and the response
 * check. Applications use these classes only through the generated calls that the typed clients
 * hand out; the types here may change in any release. Unless a member says otherwise, parameters
 * and return values are never {@code null}.
 */
@NullMarked
package io.github.facilioo4j.core.spi;

import org.jspecify.annotations.NullMarked;
