package io.github.facilioo4j.spring.boot;

/**
 * Thrown at start-up when the {@code facilioo.*} properties are missing or invalid; the message
 * names the property. It never contains the token or the password.
 */
public final class FaciliooConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final transient String action;

  FaciliooConfigurationException(String property, String message, String action, Throwable cause) {
    super(message, cause);
    this.property = property;
    this.action = action;
  }

  /**
   * Returns the property that is missing or invalid.
   *
   * @return such as {@code facilioo.token}; {@code facilioo.*} when no single property is to blame
   */
  public String property() {
    return property;
  }

  /**
   * Returns what to do about it, as shown in the start-up failure report.
   *
   * @return the advice
   */
  public String action() {
    return action;
  }
}
