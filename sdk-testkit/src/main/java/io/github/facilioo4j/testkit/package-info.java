/**
 * An in-memory sandbox of the facilioo API, served from the project's OpenAPI documents, for
 * testing integrations without the real service.
 *
 * <p>{@link io.github.facilioo4j.testkit.FaciliooSandbox} serves the API over HTTP on a loopback
 * port; {@link io.github.facilioo4j.testkit.SandboxCollection} gives typed access to its records;
 * {@link io.github.facilioo4j.testkit.FaciliooSandboxExtension} manages one for JUnit 5 tests.
 * {@link io.github.facilioo4j.testkit.FakeClock} and {@link
 * io.github.facilioo4j.testkit.RecordingSleeper} let tests move time and skip back-off delays
 * instead of waiting. Unless a member says otherwise, parameters and return values are never {@code
 * null}.
 */
package io.github.facilioo4j.testkit;
