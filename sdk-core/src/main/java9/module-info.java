/**
 * The facilioo SDK's core: options, token providers, the HTTP transport with retries, the typed exceptions
 * and paging, shared by every facilioo module.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of the otherwise Java 8 jar, so the jar is a
 * named module on the module path and a plain jar on the class path.
 */
module io.github.facilioo4j.core {
  requires transitive okhttp3;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires okio;
  requires kotlin.stdlib;
  requires org.slf4j;
  // JSpecify's @NullMarked and @Nullable: annotations only, not needed at run time.
  requires static org.jspecify;

  exports io.github.facilioo4j.core;
  exports io.github.facilioo4j.core.errors;
  exports io.github.facilioo4j.core.generic;
  exports io.github.facilioo4j.core.http;
  // The call machinery the generated operations extend: users call its public methods through them.
  exports io.github.facilioo4j.core.spi;
  // Not for users: shared by the SDK's own modules only.
  exports io.github.facilioo4j.core.internal to
      io.github.facilioo4j.processes,
      io.github.facilioo4j.testkit;
  exports io.github.facilioo4j.core.internal.mapping to
      io.github.facilioo4j.processes,
      io.github.facilioo4j.testkit;

  // Jackson reads and writes the SDK's own JSON types (login bodies, problem details, page envelopes).
  opens io.github.facilioo4j.core to
      com.fasterxml.jackson.databind;
  opens io.github.facilioo4j.core.errors to
      com.fasterxml.jackson.databind;
  opens io.github.facilioo4j.core.internal to
      com.fasterxml.jackson.databind;
  opens io.github.facilioo4j.core.internal.mapping to
      com.fasterxml.jackson.databind;
}
