package io.github.facilioo4j.benchmarks;

import java.util.function.LongConsumer;

/**
 * One way of calling the Processes API: the SDK, the floor or the generated client. Each call
 * builds its request from the values in {@link Fixtures}, sends it and decodes the answer into that
 * contender's own model, which it returns so that JMH consumes it.
 */
public interface Contender extends AutoCloseable {
  /**
   * Creates a process from the fixture values.
   *
   * @return the decoded process
   */
  Object create();

  /**
   * Retrieves one process.
   *
   * @param id the process id
   * @return the decoded process
   */
  Object retrieve(int id);

  /**
   * Fetches and decodes one page.
   *
   * @param pageNumber 1-based page number
   * @param pageSize items per page
   * @return the decoded page
   */
  Object listPage(int pageNumber, int pageSize);

  /**
   * Walks every process of every page, from page 1 on.
   *
   * @param pageSize items per page
   * @param afterItem told the running count after each process
   * @return the number of processes seen
   */
  long walk(int pageSize, LongConsumer afterItem);

  /** Releases what the contender owns; the OkHttp client passed in stays open. */
  @Override
  void close();
}
