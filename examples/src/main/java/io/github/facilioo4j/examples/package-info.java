/**
 * Runnable examples of the facilioo Java SDK, each a class with a {@code main}.
 *
 * <p>Each reads its configuration from the environment ({@code FACILIOO_TOKEN}, {@code
 * FACILIOO_BASE_URL}, optionally {@code FACILIOO_API_VERSION} and {@code FACILIOO_LANGUAGE}) and
 * does its work in a {@code run} method that tests call against the in-memory sandbox:
 *
 * <pre>{@code
 * FACILIOO_TOKEN=... FACILIOO_BASE_URL=https://api.facilioo.de \
 *     java -cp examples/target/facilioo-cli.jar io.github.facilioo4j.examples.CreateProcess
 * }</pre>
 */
package io.github.facilioo4j.examples;
