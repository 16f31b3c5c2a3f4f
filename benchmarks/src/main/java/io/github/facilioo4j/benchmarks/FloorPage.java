package io.github.facilioo4j.benchmarks;

import java.util.List;

/** The floor's page envelope: the seven JSON fields of a facilioo page, as public fields. */
public final class FloorPage {
  /** The processes of this page. */
  public List<FloorProcess> items;

  /** 1-based page number. */
  public int pageNumber;

  /** Requested page size. */
  public int pageSize;

  /** Number of pages. */
  public int totalPages;

  /** Number of processes on all pages. */
  public int totalCount;

  /** Whether a page comes before this one. */
  public boolean hasPreviousPage;

  /** Whether a page comes after this one. */
  public boolean hasNextPage;
}
