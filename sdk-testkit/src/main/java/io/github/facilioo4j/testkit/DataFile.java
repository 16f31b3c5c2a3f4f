package io.github.facilioo4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps a store's records in a JSON file: loaded once, rewritten after every change. */
final class DataFile {
  private DataFile() {}

  static void attach(SandboxStore store, Path file) {
    if (Files.exists(file)) {
      try {
        JsonNode all = SandboxJson.mapper().readTree(file.toFile());
        if (all != null && all.isObject()) {
          store.load(all);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the sandbox data file " + file, e);
      }
    }
    store.onChange(() -> write(store, file));
    write(store, file);
  }

  /** Called under the store's lock; a temporary file and a move keep the file whole. */
  private static void write(SandboxStore store, Path file) {
    try {
      Path absolute = file.toAbsolutePath();
      Path temp = Files.createTempFile(absolute.getParent(), ".sandbox-", ".json");
      Files.write(
          temp,
          SandboxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(store.toJson()));
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox data file " + file, e);
    }
  }
}
