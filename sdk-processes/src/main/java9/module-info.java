/**
 * The typed client of the facilioo Processes module and its generated models.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of the otherwise Java 8 jar, so the jar is a
 * named module on the module path and a plain jar on the class path.
 */
module io.github.facilioo4j.processes {
  requires transitive io.github.facilioo4j.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.facilioo4j.processes;
  exports io.github.facilioo4j.processes.model;

  // Jackson builds the generated models and reads the request bodies.
  opens io.github.facilioo4j.processes to
      com.fasterxml.jackson.databind;
  opens io.github.facilioo4j.processes.model to
      com.fasterxml.jackson.databind;
}
