/**
 * Core of the facilioo SDK: configuration, authentication, transport, retries, errors and paging.
 *
 * <p>Unless a member says otherwise, parameters and return values are never {@code null}.
 */
package io.github.facilioo4j.core;
