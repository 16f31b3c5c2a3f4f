package io.github.facilioo4j.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Human summaries, tables and JSON for processes. */
final class Output {
  private static final String ROW = "%-6s %-12s %-5s %-6s %-5s %s%n";
  private static final int MAX_TEXT = 60;
  // The tool's own mapper: ISO-8601 times, null properties left out, as the API writes them.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private Output() {}

  /** Prints one process as "Heading" followed by indented fields. */
  static void summary(PrintWriter out, String heading, ProcessRead p) {
    out.println(heading + " " + p.id() + " (" + dash(p.fullyQualifiedNumber()) + ")");
    field(out, "Subject", p.subject());
    field(out, "Report", p.report());
    field(out, "Unit", p.unitId());
    field(out, "Contact", p.contactId());
    field(out, "Type", p.typeId());
    field(out, "Stage", p.stageId());
    field(out, "Finished", Boolean.TRUE.equals(p.isFinished()) ? "yes" : "no");
    if (p.finishDate() != null) {
      field(out, "Finish date", p.finishDate());
    }
    field(out, "External id", p.externalId());
    field(out, "Created", p.created());
    field(out, "Modified", p.lastModified());
  }

  static void tableHeader(PrintWriter out) {
    out.printf(ROW, "ID", "NUMBER", "UNIT", "STAGE", "DONE", "SUBJECT / REPORT");
  }

  static void tableRow(PrintWriter out, ProcessRead p) {
    String text = p.subject() != null ? p.subject() : plain(p.report());
    out.printf(
        ROW,
        dash(p.id()),
        dash(p.fullyQualifiedNumber()),
        dash(p.unitId()),
        dash(p.stageId()),
        Boolean.TRUE.equals(p.isFinished()) ? "yes" : "no",
        abbreviate(text));
  }

  /** Pretty JSON of one value. */
  static String json(Object value) {
    try {
      return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON on one line. */
  static String jsonLine(Object value) {
    try {
      return mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page as the API's paging envelope. */
  static Map<String, Object> envelope(Page<?> page) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("items", page.items());
    envelope.put("pageNumber", page.pageNumber());
    envelope.put("pageSize", page.pageSize());
    envelope.put("totalPages", page.totalPages());
    envelope.put("totalCount", page.totalCount());
    envelope.put("hasPreviousPage", page.hasPreviousPage());
    envelope.put("hasNextPage", page.hasNextPage());
    return envelope;
  }

  private static ObjectMapper mapper() {
    return MAPPER;
  }

  private static void field(PrintWriter out, String name, Object value) {
    out.printf("  %-12s %s%n", name + ":", dash(value));
  }

  private static String dash(Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String plain(String html) {
    return html == null ? null : html.replaceAll("<[^>]*>", "").trim();
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "-";
    }
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 3) + "...";
  }
}
