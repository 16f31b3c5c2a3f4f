package io.github.facilioo4j.testkit;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Sleeper;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the SDK's own clients against a sandbox, for the tests that drive it through the SDK. */
final class SdkClients {
  private SdkClients() {}

  /** Options for the sandbox's default token, with a sleeper that never really waits. */
  static FaciliooOptions.Builder options(FaciliooSandbox sandbox, Sleeper sleeper) {
    return FaciliooOptions.builder()
        .baseUrl(sandbox.baseUrl())
        .token(FaciliooSandbox.DEFAULT_TOKEN)
        .sleeper(sleeper);
  }

  static ProcessesClient processes(FaciliooSandbox sandbox, Sleeper sleeper) {
    return ProcessesClient.create(options(sandbox, sleeper).build());
  }

  /** A valid create body for unit 501. */
  static ProcessCreate.Builder leak() {
    return ProcessCreate.builder().report("<p>Leak</p>").contactId(12).typeId(3).unitId(501);
  }

  /** The recorded requests as "METHOD path?query" lines, in arrival order. */
  static List<String> requestLines(FaciliooSandbox sandbox) {
    return sandbox.recordedRequests().stream()
        .map(r -> r.method() + " " + r.path() + (r.query().isEmpty() ? "" : "?" + r.query()))
        .collect(Collectors.toList());
  }
}
