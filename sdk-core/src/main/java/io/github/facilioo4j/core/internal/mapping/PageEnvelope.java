package io.github.facilioo4j.core.internal.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON envelope of a paged answer: {@code {items, pageNumber, pageSize, totalPages, totalCount,
 * hasPreviousPage, hasNextPage}}. Read by Jackson, turned into a {@link
 * io.github.facilioo4j.core.Page} by {@code Page.of(...)}.
 *
 * <p>Every member is optional on the wire: absent numbers read as 0, absent or {@code null} items
 * as an empty list, absent flags as {@code null} (the page then works them out from the numbers).
 * The envelope remembers which numbers were absent (or {@code null}), so that {@link PageWalk} can
 * tell a page that says 0 from one that says nothing. Immutable and thread-safe as long as the
 * items are.
 *
 * @param <T> the item type
 */
public class PageEnvelope<T> {
  private final List<T> items;
  // Boxed so that an absent number stays distinguishable from an explicit 0; null means absent.
  private final Integer pageNumber;
  private final Integer pageSize;
  private final Integer totalPages;
  private final Long totalCount;
  private final Boolean hasPreviousPage;
  private final Boolean hasNextPage;

  /**
   * Creates an envelope; Jackson calls this with the members present in the JSON.
   *
   * @param items the items; {@code null} means none; copied
   * @param pageNumber the 1-based page number; {@code null} means 0 (unknown)
   * @param pageSize the requested page size; {@code null} means 0 (unknown)
   * @param totalPages the number of pages; {@code null} means 0 (unknown)
   * @param totalCount the number of items on all pages; {@code null} means 0 (unknown)
   * @param hasPreviousPage whether a page comes before this one; may be {@code null}
   * @param hasNextPage whether a page follows this one; may be {@code null}
   */
  @JsonCreator
  public PageEnvelope(
      @JsonProperty("items") @Nullable List<@Nullable T> items,
      @JsonProperty("pageNumber") @Nullable Integer pageNumber,
      @JsonProperty("pageSize") @Nullable Integer pageSize,
      @JsonProperty("totalPages") @Nullable Integer totalPages,
      @JsonProperty("totalCount") @Nullable Long totalCount,
      @JsonProperty("hasPreviousPage") @Nullable Boolean hasPreviousPage,
      @JsonProperty("hasNextPage") @Nullable Boolean hasNextPage) {
    this.items =
        items == null
            ? Collections.emptyList()
            : Collections.unmodifiableList(new ArrayList<>(items));
    this.pageNumber = pageNumber;
    this.pageSize = pageSize;
    this.totalPages = totalPages;
    this.totalCount = totalCount;
    this.hasPreviousPage = hasPreviousPage;
    this.hasNextPage = hasNextPage;
  }

  /**
   * Copies an envelope; generated code subclasses the envelope once per item type, so that an
   * answer can be decoded by class alone, and hands the decoded envelope to this constructor.
   *
   * @param decoded the envelope to copy
   */
  protected PageEnvelope(PageEnvelope<T> decoded) {
    this.items = decoded.items;
    this.pageNumber = decoded.pageNumber;
    this.pageSize = decoded.pageSize;
    this.totalPages = decoded.totalPages;
    this.totalCount = decoded.totalCount;
    this.hasPreviousPage = decoded.hasPreviousPage;
    this.hasNextPage = decoded.hasNextPage;
  }

  /**
   * Returns the items of this page.
   *
   * @return an unmodifiable list; never {@code null}; may contain {@code null} if the JSON did
   */
  @JsonProperty("items")
  public List<T> items() {
    return items;
  }

  /**
   * Returns the 1-based page number.
   *
   * @return the page number, or 0 when the JSON had none
   */
  @JsonProperty("pageNumber")
  public int pageNumber() {
    return pageNumber == null ? 0 : pageNumber;
  }

  /**
   * Returns the page size.
   *
   * @return the page size, or 0 when the JSON had none
   */
  @JsonProperty("pageSize")
  public int pageSize() {
    return pageSize == null ? 0 : pageSize;
  }

  /**
   * Returns the number of pages.
   *
   * @return the number of pages, or 0 when the JSON had none
   */
  @JsonProperty("totalPages")
  public int totalPages() {
    return totalPages == null ? 0 : totalPages;
  }

  /**
   * Returns the number of items on all pages.
   *
   * @return the count, or 0 when the JSON had none
   */
  @JsonProperty("totalCount")
  public long totalCount() {
    return totalCount == null ? 0 : totalCount;
  }

  /**
   * Returns whether a page comes before this one, as sent.
   *
   * @return the flag, or {@code null} when the JSON had none
   */
  @JsonProperty("hasPreviousPage")
  public @Nullable Boolean hasPreviousPage() {
    return hasPreviousPage;
  }

  /**
   * Returns whether a page follows this one, as sent.
   *
   * @return the flag, or {@code null} when the JSON had none
   */
  @JsonProperty("hasNextPage")
  public @Nullable Boolean hasNextPage() {
    return hasNextPage;
  }

  /** Whether the JSON carried a non-null {@code pageNumber}. */
  boolean hasPageNumber() {
    return pageNumber != null;
  }

  /** Whether the JSON carried a non-null {@code totalPages}. */
  boolean hasTotalPages() {
    return totalPages != null;
  }

  /**
   * The names of the numeric members the JSON lacked (or sent as {@code null}), in envelope order.
   */
  List<String> absentNumbers() {
    List<String> absent = new ArrayList<>(4);
    if (pageNumber == null) {
      absent.add("pageNumber");
    }
    if (pageSize == null) {
      absent.add("pageSize");
    }
    if (totalPages == null) {
      absent.add("totalPages");
    }
    if (totalCount == null) {
      absent.add("totalCount");
    }
    return absent;
  }

  /**
   * The paging members as read, and the number of items (never the items themselves), as a small
   * JSON object for the snippet of an {@code InvalidResponseException}; absent members are left
   * out. It holds only numbers and flags, never text the server sent.
   */
  String pagingSummary() {
    StringBuilder out = new StringBuilder("{");
    member(out, "pageNumber", pageNumber);
    member(out, "pageSize", pageSize);
    member(out, "totalPages", totalPages);
    member(out, "totalCount", totalCount);
    member(out, "hasPreviousPage", hasPreviousPage);
    member(out, "hasNextPage", hasNextPage);
    member(out, "itemCount", items.size());
    return out.append('}').toString();
  }

  private static void member(StringBuilder out, String name, Object value) {
    if (value != null) {
      out.append(out.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value);
    }
  }
}
