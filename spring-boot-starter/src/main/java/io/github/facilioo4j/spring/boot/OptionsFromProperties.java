package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.TokenProvider;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Maps {@link FaciliooProperties} onto a {@link FaciliooOptions.Builder}, failing fast. */
final class OptionsFromProperties {
  private static final String TOKEN = FaciliooProperties.PREFIX + ".token";
  private static final String EMAIL = FaciliooProperties.PREFIX + ".email";
  private static final String PASSWORD = FaciliooProperties.PREFIX + ".password";
  private static final String CREDENTIALS_ACTION =
      "Set "
          + TOKEN
          + ", or "
          + EMAIL
          + " and "
          + PASSWORD
          + " (for example from the environment: facilioo.token=${FACILIOO_TOKEN}), define a"
          + " TokenProvider bean, or set facilioo.enabled=false to create no facilioo beans.";

  /** The builder's option names, as its messages start with them, and their properties. */
  private static final Map<String, String> OPTION_TO_PROPERTY =
      Map.of(
          "baseUrl", "base-url",
          "clientName", "client-name",
          "clientVersion", "client-version",
          "connectTimeout", "connect-timeout",
          "readTimeout", "read-timeout",
          "writeTimeout", "write-timeout",
          "callTimeout", "call-timeout",
          "maxRetries", "max-retries",
          "maxRetryDelay", "max-retry-delay");

  private static final Pattern LEADING_OPTION = Pattern.compile("^([a-zA-Z]+)\\b");

  private OptionsFromProperties() {}

  /**
   * Builds the options.
   *
   * @param properties the bound properties
   * @param tokenProvider the application's own provider, or {@code null} to use the properties'
   * @param customizers applied in order after the properties
   * @throws FaciliooConfigurationException naming the missing or invalid property
   */
  static FaciliooOptions build(
      FaciliooProperties properties,
      TokenProvider tokenProvider,
      Stream<FaciliooOptionsCustomizer> customizers) {
    FaciliooOptions.Builder builder = FaciliooOptions.builder();
    builder.tokenProvider(tokenProvider != null ? tokenProvider : tokenProvider(properties));
    String baseUrl = text(properties.getBaseUrl());
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    String apiVersion = text(properties.getApiVersion());
    if (apiVersion != null) {
      builder.apiVersion(parse("api-version", () -> ApiVersion.of(apiVersion)));
    }
    String language = text(properties.getLanguage());
    if (language != null) {
      builder.language(parse("language", () -> Language.of(language)));
    }
    builder.clientName(text(properties.getClientName()));
    builder.clientVersion(text(properties.getClientVersion()));
    set(properties.getConnectTimeout(), builder::connectTimeout);
    set(properties.getReadTimeout(), builder::readTimeout);
    set(properties.getWriteTimeout(), builder::writeTimeout);
    set(properties.getCallTimeout(), builder::callTimeout);
    set(properties.getMaxRetryDelay(), builder::maxRetryDelay);
    if (properties.getMaxRetries() != null) {
      builder.maxRetries(properties.getMaxRetries());
    }
    customizers.forEachOrdered(c -> c.customize(builder));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw invalid(propertyNamedIn(e.getMessage()), e);
    }
  }

  private static TokenProvider tokenProvider(FaciliooProperties properties) {
    String token = text(properties.getToken());
    String email = text(properties.getEmail());
    // A password may legitimately start or end with blanks: only an empty one counts as unset.
    String password = properties.getPassword();
    boolean hasPassword = password != null && !password.isEmpty();
    if (token != null && (email != null || hasPassword)) {
      throw new FaciliooConfigurationException(
          TOKEN,
          "Both "
              + TOKEN
              + " and "
              + (email != null ? EMAIL : PASSWORD)
              + " are set; the facilioo client takes either a token or a login",
          "Remove " + TOKEN + ", or remove " + EMAIL + " and " + PASSWORD + ".",
          null);
    }
    if (token != null) {
      return TokenProvider.of(token);
    }
    if (email == null && !hasPassword) {
      throw new FaciliooConfigurationException(
          TOKEN,
          "No facilioo credentials are configured: "
              + TOKEN
              + " is not set, nor are "
              + EMAIL
              + " and "
              + PASSWORD,
          CREDENTIALS_ACTION,
          null);
    }
    if (email == null) {
      throw new FaciliooConfigurationException(
          EMAIL,
          PASSWORD + " is set but " + EMAIL + " is not",
          "Set " + EMAIL + " to the account's e-mail address.",
          null);
    }
    if (!hasPassword) {
      throw new FaciliooConfigurationException(
          PASSWORD,
          EMAIL + " is set but " + PASSWORD + " is not",
          "Set " + PASSWORD + " to the account's password, for example from the environment.",
          null);
    }
    return LoginTokenProvider.builder().email(email).password(password).build();
  }

  private static <T> T parse(String property, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw invalid(FaciliooProperties.PREFIX + "." + property, e);
    }
  }

  /** The property that a builder message names first, or {@code facilioo.*}. */
  private static String propertyNamedIn(String message) {
    Matcher m = LEADING_OPTION.matcher(message == null ? "" : message);
    String property = m.find() ? OPTION_TO_PROPERTY.get(m.group(1)) : null;
    return FaciliooProperties.PREFIX + "." + (property != null ? property : "*");
  }

  private static FaciliooConfigurationException invalid(
      String property, IllegalArgumentException e) {
    // The SDK's messages never contain a token or password, so they can be shown as they are.
    return new FaciliooConfigurationException(
        property,
        "Invalid facilioo configuration (" + property + "): " + e.getMessage(),
        "Correct " + property + ".",
        e);
  }

  private static void set(Duration value, Consumer<Duration> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Blank means not set, so that {@code facilioo.token=${FACILIOO_TOKEN:}} may stay empty. */
  private static String text(String value) {
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }
}
