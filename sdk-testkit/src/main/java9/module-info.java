/**
 * The facilioo sandbox: an in-memory facilioo API on a loopback port, served by the JDK's HTTP
 * server from the OpenAPI documents the jar carries, and its JUnit 5 extension.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of the otherwise Java 8 jar. JUnit is only
 * needed by {@code FaciliooSandboxExtension}, so it is an optional ({@code static}) dependency.
 */
module io.github.facilioo4j.testkit {
  requires transitive io.github.facilioo4j.core;
  requires transitive io.github.facilioo4j.processes;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires jdk.httpserver;
  requires org.slf4j;
  requires static org.junit.jupiter.api;

  exports io.github.facilioo4j.testkit;

  opens io.github.facilioo4j.testkit to
      com.fasterxml.jackson.databind;
}
