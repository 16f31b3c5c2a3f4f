package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.processes.model.ProcessTypeRead;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The tenant's process types, read once per client and kept for its lifetime: they are reference
 * data that changes rarely. Thread-safe; two threads that both find it empty may both load it, and
 * the last load wins, which is harmless.
 */
final class ProcessTypeCache {
  private final AtomicReference<List<ProcessTypeRead>> types = new AtomicReference<>();

  /** The only type whose name equals {@code name} ignoring case and surrounding blanks. */
  ProcessTypeRead byName(FaciliooClient core, String name) {
    List<ProcessTypeRead> all = types.get();
    if (all == null) {
      all =
          new ProcessTypesOperations.ListProcessTypes(core)
              .pageSize(100).execute().stream().collect(Collectors.toList());
      types.set(all);
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    List<ProcessTypeRead> matches =
        all.stream()
            .filter(
                t -> t.name() != null && t.name().trim().toLowerCase(Locale.ROOT).equals(wanted))
            .collect(Collectors.toList());
    return NoUniqueMatchException.exactlyOne(
        "process type named " + name,
        matches,
        t -> "process type " + t.id() + " (" + t.name() + ")");
  }
}
