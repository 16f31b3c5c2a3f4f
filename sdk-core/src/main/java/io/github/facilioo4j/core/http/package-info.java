/**
 * The transport seam of the SDK: a small HTTP abstraction that the SDK's authentication, retries
 * and logging are written against.
 *
 * <p>The SDK ships one implementation, backed by OkHttp. The types here are public so that SDK
 * modules and tests can wrap or replace the transport; applications normally never touch them.
 * Unless a member says otherwise, parameters and return values are never {@code null}.
 */
package io.github.facilioo4j.core.http;
