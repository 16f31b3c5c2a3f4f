package io.github.facilioo4j.core.generic;

import io.github.facilioo4j.core.FaciliooClient;
import java.util.Objects;

/**
 * One collection of the API ({@code /api/<name>}) with the three calls most collections share.
 * Immutable and thread-safe; the calls it hands out are not (see {@link
 * io.github.facilioo4j.core.spi.OperationCall}).
 *
 * @param <T> the record type
 */
public final class GenericResource<T> {
  private final FaciliooClient core;
  private final String name;
  private final Class<T> type;

  GenericResource(FaciliooClient core, String name, Class<T> type) {
    this.core = core;
    this.name = name;
    this.type = type;
  }

  /**
   * Starts a list of the collection ({@code GET /api/<name>?pageNumber&pageSize}); the page walks
   * on lazily. A GET: retried after I/O failures and 408, 429, 502, 503, 504 like every GET.
   *
   * @return a new call; set its {@code pageSize} (1 to 100) before executing it
   */
  public GenericPageCall<T> list() {
    return new GenericPageCall<>(core, "GET", "/api/" + name, null, type);
  }

  /**
   * Starts a search ({@code POST /api/<name>/search?pageNumber&pageSize} with {@code filter} as the
   * JSON body, e.g. {@code {"orderBy": ["readingDate asc"], "changedSince": "..."}}); which filters
   * a collection accepts is not known to the SDK. Each following page repeats the POST with another
   * page number.
   *
   * <p>Retries: a search creates nothing, yet it is a POST, and the SDK re-sends a POST only when
   * it provably never reached the server (a refused connection, for example); a 503 or a timeout
   * after sending fails the call. This keeps the one retry rule the API's creates need; retry a
   * failed search yourself when that suits you.
   *
   * @param filter the body, any value Jackson can write (a {@code Map}, a {@code JsonNode}, a
   *     bean); it is written when the call is sent, and must not change while a walk goes on
   * @return a new call; set its {@code pageSize} before executing it
   * @throws NullPointerException if {@code filter} is {@code null}
   */
  public GenericPageCall<T> search(Object filter) {
    Objects.requireNonNull(filter, "filter is required");
    return new GenericPageCall<>(core, "POST", "/api/" + name + "/search", filter, type);
  }

  /**
   * Starts a read of one record ({@code GET /api/<name>/{id}}).
   *
   * @param id the record id, greater than 0
   * @return a new call
   */
  public GenericValueCall<T> retrieve(int id) {
    return new GenericValueCall<>(core, name, id, type);
  }

  /** Names the collection. */
  @Override
  public String toString() {
    return "GenericResource{" + name + ", " + type.getSimpleName() + "}";
  }
}
