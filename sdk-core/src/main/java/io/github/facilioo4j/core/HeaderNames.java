package io.github.facilioo4j.core;

/** Names of the HTTP headers the SDK sends or reads. */
public final class HeaderNames {
  /** {@code Authorization}: carries {@code Bearer <token>}; never logged. */
  public static final String AUTHORIZATION = "Authorization";

  /** {@code api-version}: the {@link ApiVersion} of the request. */
  public static final String API_VERSION = "api-version";

  /** {@code Accept-Language}: the {@link Language} of texts in responses. */
  public static final String ACCEPT_LANGUAGE = "Accept-Language";

  /** {@code x-client-name}: identifies the integration, such as {@code acme-erp-sync}. */
  public static final String CLIENT_NAME = "x-client-name";

  /** {@code x-client-version}: the integration's version, such as {@code 1.4.2}. */
  public static final String CLIENT_VERSION = "x-client-version";

  /** {@code User-Agent}: {@code facilioo-java/<sdk version>}. */
  public static final String USER_AGENT = "User-Agent";

  /** {@code Accept}: always {@code application/json}. */
  public static final String ACCEPT = "Accept";

  /** {@code Content-Type} of request bodies. */
  public static final String CONTENT_TYPE = "Content-Type";

  /** {@code Host}: set by the transport from the base URL; never per request. */
  public static final String HOST = "Host";

  /** {@code Content-Length}: set by the transport from the body; never per request. */
  public static final String CONTENT_LENGTH = "Content-Length";

  /** {@code Transfer-Encoding}: set by the transport; never per request. */
  public static final String TRANSFER_ENCODING = "Transfer-Encoding";

  /** {@code Retry-After}: seconds or an HTTP date to wait before retrying. */
  public static final String RETRY_AFTER = "Retry-After";

  /** {@code x-request-id}: a request id some gateways return. */
  public static final String REQUEST_ID = "x-request-id";

  /** {@code api-supported-versions}: the versions the server supports. */
  public static final String API_SUPPORTED_VERSIONS = "api-supported-versions";

  private HeaderNames() {}
}
