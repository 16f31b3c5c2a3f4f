package io.github.facilioo4j.core.internal;

/** Reason phrases of HTTP status codes, for messages. Stateless and thread-safe. */
public final class StatusText {
  private StatusText() {}

  /**
   * Returns {@code "HTTP 404 Not Found"}, or {@code "HTTP 499"} for a code without a known phrase.
   *
   * @param status the status code
   * @return the status line text; never {@code null}
   */
  public static String line(int status) {
    String reason = reason(status);
    return reason.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + reason;
  }

  /**
   * Returns the standard reason phrase of a status code.
   *
   * @param status the status code
   * @return the phrase, or {@code ""} when the code has none the SDK knows
   */
  public static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 202:
        return "Accepted";
      case 204:
        return "No Content";
      case 301:
        return "Moved Permanently";
      case 302:
        return "Found";
      case 304:
        return "Not Modified";
      case 307:
        return "Temporary Redirect";
      case 308:
        return "Permanent Redirect";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 406:
        return "Not Acceptable";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 410:
        return "Gone";
      case 412:
        return "Precondition Failed";
      case 413:
        return "Content Too Large";
      case 415:
        return "Unsupported Media Type";
      case 418:
        return "I'm a teapot";
      case 422:
        return "Unprocessable Content";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 501:
        return "Not Implemented";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "";
    }
  }
}
