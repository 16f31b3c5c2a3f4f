package io.github.facilioo4j.testkit;

import java.util.Locale;
import java.util.Map;

/**
 * The behaviour of one resource that its spec cannot state, such as which list a process appears
 * in, or what a create derives. Everything else (routes, parameter and body rules, plain lists and
 * retrieves) comes from the spec and {@link Conventions}.
 */
interface SandboxArea {
  /** Answers one bound, valid call. */
  interface Handler {
    HttpResponseData answer(Call call);
  }

  /** This area's handlers by the spec's {@code operationId}. */
  Map<String, Handler> handlers();

  /** {@code "Process"} for {@code processes}, {@code "Property"} for {@code properties}. */
  static String singular(String collection) {
    String base = collection.replace('-', ' ');
    String one =
        base.endsWith("ies")
            ? base.substring(0, base.length() - 3) + "y"
            : base.endsWith("sses") || base.endsWith("ches")
                ? base.substring(0, base.length() - 2)
                : base.endsWith("s") ? base.substring(0, base.length() - 1) : base;
    return one.substring(0, 1).toUpperCase(Locale.ROOT) + one.substring(1);
  }
}
