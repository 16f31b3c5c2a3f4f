package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.Page;
import java.io.PrintWriter;
import java.util.function.Function;

/** Prints lookup records: one page as a table with where to go next, or as JSON. */
final class Lookups {
  private Lookups() {}

  static <T> void page(
      PrintWriter out,
      boolean json,
      Page<T> page,
      String what,
      String[] headers,
      Function<T, Object[]> row) {
    if (json) {
      out.println(Output.json(Output.envelope(page)));
      return;
    }
    String format = format(headers.length);
    out.printf(format, (Object[]) headers);
    for (T item : page.items()) {
      Object[] cells = row.apply(item);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i] == null ? "-" : cells[i];
      }
      out.printf(format, cells);
    }
    out.printf(
        "Page %d of %d, %d %s in total.%s%n",
        page.pageNumber(),
        page.totalPages(),
        page.totalCount(),
        what,
        page.hasNextPage() ? " More: --page " + (page.pageNumber() + 1) + "." : "");
  }

  static void one(PrintWriter out, boolean json, Object value, String[] names, Object[] values) {
    if (json) {
      out.println(Output.json(value));
      return;
    }
    for (int i = 0; i < names.length; i++) {
      out.printf("  %-14s %s%n", names[i] + ":", values[i] == null ? "-" : values[i]);
    }
  }

  private static String format(int columns) {
    StringBuilder f = new StringBuilder();
    for (int i = 0; i < columns; i++) {
      f.append(i == columns - 1 ? "%s" : "%-12s ");
    }
    return f.append("%n").toString();
  }
}
