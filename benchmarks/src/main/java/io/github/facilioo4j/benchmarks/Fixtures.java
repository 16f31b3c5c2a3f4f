package io.github.facilioo4j.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The canned data every contender sends and receives, so that all of them do exactly the same work.
 *
 * <p>The JSON holds only properties the OpenAPI document declares: the generated client rejects any
 * other property, and the point is to measure it working, not failing.
 */
public final class Fixtures {
  /** The token every contender sends; a dummy value, never a real credential. */
  public static final String TOKEN = "bench-token-not-a-secret";

  /** The api-version every contender sends. */
  public static final String API_VERSION = "2.0";

  /** A base URL that the in-memory transport answers without any network. */
  public static final String IN_MEMORY_BASE_URL = "https://api.facilioo.de";

  /** The id that retrieve asks for. */
  public static final int PROCESS_ID = 42;

  /** Items per page. */
  public static final int PAGE_SIZE = 100;

  /** Pages of a full walk (100,000 processes). */
  public static final int TOTAL_PAGES = 1000;

  /** The create input, shared by every contender. */
  public static final String REPORT =
      "<p>Water is coming through the ceiling of the basement storage room in building B.</p>"
          + "<p>Please send a plumber; the tenant is at home on weekdays after 4 pm.</p>";

  /** The create input, shared by every contender. */
  public static final String SUBJECT = "Water damage in the basement";

  /** The create input, shared by every contender. */
  public static final String EXTERNAL_ID = "erp-4711";

  /** The create input, shared by every contender. */
  public static final int CONTACT_ID = 2002;

  /** The create input, shared by every contender. */
  public static final int TYPE_ID = 3;

  /** The create input, shared by every contender. */
  public static final int UNIT_ID = 5005;

  private static final byte[] PROCESS = process(PROCESS_ID).getBytes(StandardCharsets.UTF_8);
  private static final String ITEMS = items();
  private static final byte[] FIRST_PAGE = page(1);

  private Fixtures() {}

  /**
   * Returns the JSON of one process.
   *
   * @return shared bytes; callers must not modify them
   */
  public static byte[] processJson() {
    return PROCESS;
  }

  /**
   * Returns the JSON of process {@code id}, for callers that check every answer is their own.
   *
   * @param id the process id
   * @return new bytes, owned by the caller
   */
  public static byte[] processJson(int id) {
    return process(id).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the JSON of page 1 of {@link #TOTAL_PAGES}, with {@link #PAGE_SIZE} processes.
   *
   * @return shared bytes; callers must not modify them
   */
  public static byte[] firstPageJson() {
    return FIRST_PAGE;
  }

  /**
   * Builds the JSON of one page of the 100,000-process walk; the items repeat from page to page.
   *
   * @param pageNumber 1-based page number
   * @return new bytes, owned by the caller
   */
  public static byte[] page(int pageNumber) {
    String envelope =
        "{\"items\":"
            + ITEMS
            + ",\"pageNumber\":"
            + pageNumber
            + ",\"pageSize\":"
            + PAGE_SIZE
            + ",\"totalPages\":"
            + TOTAL_PAGES
            + ",\"totalCount\":"
            + (TOTAL_PAGES * PAGE_SIZE)
            + ",\"hasPreviousPage\":"
            + (pageNumber > 1)
            + ",\"hasNextPage\":"
            + (pageNumber < TOTAL_PAGES)
            + "}";
    return envelope.getBytes(StandardCharsets.UTF_8);
  }

  private static String items() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 1; i <= PAGE_SIZE; i++) {
      if (i > 1) {
        out.append(',');
      }
      out.append(process(i));
    }
    return out.append(']').toString();
  }

  private static String process(int id) {
    return "{\"id\":"
        + id
        + ",\"number\":"
        + (4422600 + id)
        + ",\"fullyQualifiedNumber\":\"24/"
        + (4422600 + id)
        + "\",\"subject\":\""
        + SUBJECT
        + "\",\"report\":\""
        + REPORT
        + "\",\"accountId\":1001,\"contactId\":"
        + CONTACT_ID
        + ",\"createdByPartyId\":"
        + CONTACT_ID
        + ",\"typeId\":"
        + TYPE_ID
        + ",\"stageId\":null,\"isFinished\":false,\"finishDate\":null,\"unitId\":"
        + UNIT_ID
        + ",\"externalId\":\""
        + EXTERNAL_ID
        + "\",\"externalIdOfPantaenius\":null"
        + ",\"created\":\"2024-03-05T10:15:30.123+01:00\""
        + ",\"lastModified\":\"2024-03-06T08:00:00Z\",\"deleted\":null}";
  }
}
