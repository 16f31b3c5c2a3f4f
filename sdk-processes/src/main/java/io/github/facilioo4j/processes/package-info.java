/**
 * Typed client for the facilioo Processes module ("Vorgänge").
 *
 * <p>Unless a member says otherwise, parameters and return values are never {@code null}.
 */
package io.github.facilioo4j.processes;
