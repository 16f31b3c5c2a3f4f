/** A modular application that uses the facilioo SDK and its sandbox on the module path. */
module io.github.facilioo4j.it.modular {
  requires io.github.facilioo4j.processes;
  requires io.github.facilioo4j.testkit;
  requires org.slf4j;
}
