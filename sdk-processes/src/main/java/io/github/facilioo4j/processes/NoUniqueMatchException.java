package io.github.facilioo4j.processes;

import io.github.facilioo4j.core.errors.FaciliooException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lookup by a natural key (an {@code externalId}, a unit number, a process type's name, a
 * contract type) found more than one record, or none where one is required; the SDK never guesses.
 * {@link #candidates()} names what was found, so that the caller can choose by id.
 *
 * <p>Immutable. The message names what was looked for and the candidates; it holds no secrets.
 */
public final class NoUniqueMatchException extends FaciliooException {
  private static final long serialVersionUID = 1L;

  private final String wanted;

  // An unmodifiable copy of an ArrayList of strings: serializable, though its declared type is not.
  @SuppressWarnings("serial")
  private final List<String> candidates;

  /**
   * Creates the exception.
   *
   * @param wanted what was looked for, e.g. {@code "unit WE-1 of property 4"}
   * @param candidates one line per record that matched (empty when none did)
   */
  public NoUniqueMatchException(String wanted, List<String> candidates) {
    super(
        (candidates.isEmpty() ? "no " + wanted : candidates.size() + " matches for " + wanted)
            + (candidates.isEmpty() ? "" : ": " + String.join("; ", candidates)));
    this.wanted = wanted;
    this.candidates = Collections.unmodifiableList(new ArrayList<>(candidates));
  }

  /**
   * Returns what was looked for.
   *
   * @return a short description, e.g. {@code "Tenant contract of unit 3"}
   */
  public String wanted() {
    return wanted;
  }

  /**
   * Returns the records that matched, one description each (with its id); empty when none matched.
   *
   * @return an unmodifiable list
   */
  public List<String> candidates() {
    return candidates;
  }

  /** Returns the only match, empty for none, and throws for two or more. */
  static <T> Optional<T> atMostOne(String wanted, List<T> matches, Function<T, String> describe) {
    if (matches.size() > 1) {
      List<String> names = new ArrayList<>();
      matches.forEach(m -> names.add(describe.apply(m)));
      throw new NoUniqueMatchException(wanted, names);
    }
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }

  /** Returns the only match, and throws for none or two or more. */
  static <T> T exactlyOne(String wanted, List<T> matches, Function<T, String> describe) {
    return atMostOne(wanted, matches, describe)
        .orElseThrow(() -> new NoUniqueMatchException(wanted, Collections.<String>emptyList()));
  }
}
