package io.github.facilioo4j.core;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A language for the {@code Accept-Language} header: a validated, well-formed BCP-47 tag.
 *
 * <p>Instances are immutable, thread-safe and compared by their normalized tag.
 *
 * <pre>{@code
 * Language german = Language.GERMAN;            // de-DE
 * Language english = Language.of("en-GB");
 * Language fromLocale = Language.of(Locale.FRANCE);
 * }</pre>
 */
public final class Language {
  /** German as spoken in Germany, {@code de-DE}. */
  public static final Language GERMAN = of("de-DE");

  private final String tag;

  private Language(String tag) {
    this.tag = tag;
  }

  /**
   * Parses a BCP-47 language tag such as {@code de-DE} or {@code en}.
   *
   * @param tag the tag; surrounding blanks are ignored, case is normalized
   * @return the language
   * @throws IllegalArgumentException naming the tag when it is not a well-formed BCP-47 tag
   */
  public static Language of(String tag) {
    Objects.requireNonNull(tag, "tag");
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag.trim()).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "language \"" + tag + "\" is not a well-formed BCP-47 tag such as de-DE", e);
    }
    return from(locale, "language \"" + tag + "\"");
  }

  /**
   * Converts a locale.
   *
   * @param locale a locale with a language, such as {@link Locale#GERMANY}
   * @return the language
   * @throws IllegalArgumentException when the locale has no language, such as {@link Locale#ROOT}
   */
  public static Language of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return from(locale, "locale \"" + locale + "\"");
  }

  private static Language from(Locale locale, String what) {
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(what + " names no language");
    }
    return new Language(locale.toLanguageTag());
  }

  /**
   * Returns the normalized tag.
   *
   * @return such as {@code de-DE}
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the equivalent locale.
   *
   * @return the locale
   */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Language && tag.equals(((Language) other).tag);
  }

  @Override
  public int hashCode() {
    return tag.hashCode();
  }

  /** Returns the tag, such as {@code de-DE}. */
  @Override
  public String toString() {
    return tag;
  }
}
