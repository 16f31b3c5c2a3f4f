package io.github.facilioo4j.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt ended, as a {@link RequestListener} is told: the outcome, the status when an
 * answer came, how long the attempt took, and the request id the answer carried. It never holds a
 * header value other than that id, a body or an exception message. Immutable and thread-safe.
 */
public final class AttemptResult {
  /** How an attempt ended. Few values, so that each may be a metric tag. */
  public enum Outcome {
    /** Answered with a 2xx status. */
    SUCCESS,
    /** Answered with any other status. */
    HTTP_ERROR,
    /** Failed on the network after it may have reached the server. */
    IO_ERROR,
    /** Ran out of time, before or after it was sent. */
    TIMEOUT,
    /**
     * Failed, other than by a timeout, before any byte of it was sent, such as a refused
     * connection.
     */
    NOT_SENT
  }

  private final RequestAttempt attempt;
  private final Outcome outcome;
  private final int status;
  private final Duration duration;
  private final @Nullable String requestId;
  private final @Nullable String errorType;

  private AttemptResult(
      RequestAttempt attempt,
      Outcome outcome,
      int status,
      Duration duration,
      @Nullable String requestId,
      @Nullable String errorType) {
    this.attempt = Objects.requireNonNull(attempt, "attempt is required");
    this.outcome = outcome;
    this.status = status;
    this.duration = Objects.requireNonNull(duration, "duration is required");
    this.requestId = requestId;
    this.errorType = errorType;
  }

  /**
   * Describes an attempt that was answered; for tests of listeners.
   *
   * @param attempt the attempt
   * @param status the status code, 100 to 999
   * @param duration how long it took
   * @param requestId the answer's request id, or {@code null}
   * @return the result, {@link Outcome#SUCCESS} for a 2xx status, else {@link Outcome#HTTP_ERROR}
   * @throws IllegalArgumentException when the status is outside 100 to 999
   */
  public static AttemptResult answered(
      RequestAttempt attempt, int status, Duration duration, @Nullable String requestId) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must be 100 to 999: " + status);
    }
    Outcome outcome = status >= 200 && status < 300 ? Outcome.SUCCESS : Outcome.HTTP_ERROR;
    return new AttemptResult(attempt, outcome, status, duration, requestId, null);
  }

  /**
   * Describes an attempt that got no answer; for tests of listeners.
   *
   * @param attempt the attempt
   * @param outcome {@link Outcome#IO_ERROR}, {@link Outcome#TIMEOUT} or {@link Outcome#NOT_SENT}
   * @param duration how long it took
   * @param errorType the simple class name of the failure, such as {@code ConnectException}
   * @return the result
   * @throws IllegalArgumentException when the outcome is one of an answer
   */
  public static AttemptResult failed(
      RequestAttempt attempt, Outcome outcome, Duration duration, String errorType) {
    if (outcome == Outcome.SUCCESS || outcome == Outcome.HTTP_ERROR) {
      throw new IllegalArgumentException("outcome of a failed attempt: " + outcome);
    }
    Objects.requireNonNull(errorType, "errorType is required");
    return new AttemptResult(attempt, outcome, 0, duration, null, errorType);
  }

  /**
   * Returns the attempt this is the result of.
   *
   * @return the attempt
   */
  public RequestAttempt attempt() {
    return attempt;
  }

  /**
   * Returns how the attempt ended.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns the status of the answer.
   *
   * @return such as {@code 200}; empty when no answer came
   */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * Returns how long the attempt took, measured with {@link System#nanoTime()} (not the options'
   * {@link java.time.Clock}, which is a wall clock) from just before it was sent until its response
   * headers arrived or it failed. Reading the body is not included.
   *
   * @return the duration, not negative
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Returns the request or trace id of the answer, from the first of the headers {@code
   * x-request-id}, {@code request-id}, {@code x-correlation-id}, {@code x-ms-request-id} and {@code
   * traceparent}.
   *
   * @return the id; empty when no answer came or it carried none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns what kind of failure ended the attempt.
   *
   * @return the simple class name of the exception, such as {@code SocketTimeoutException}; empty
   *     when an answer came
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AttemptResult)) {
      return false;
    }
    AttemptResult that = (AttemptResult) other;
    return status == that.status
        && attempt.equals(that.attempt)
        && outcome == that.outcome
        && duration.equals(that.duration)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(errorType, that.errorType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attempt, outcome, status, duration, requestId, errorType);
  }

  @Override
  public String toString() {
    return "AttemptResult{"
        + attempt
        + ", "
        + outcome
        + (status == 0 ? "" : " " + status)
        + (errorType == null ? "" : " " + errorType)
        + ", duration="
        + duration
        + (requestId == null ? "" : ", requestId=" + requestId)
        + "}";
  }
}
