package io.github.facilioo4j.examples.cli;

import io.github.facilioo4j.core.FaciliooOptions;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The time budget of one command ({@code --timeout} or {@code FACILIOO_TIMEOUT}). It starts before
 * the sandbox (if any) and covers every attempt and every back-off wait. When it runs out, the HTTP
 * calls in flight are cancelled, no new attempt starts and a back-off wait ends at once, so the SDK
 * call fails straight away with its typed exception. Without a limit nothing is changed.
 *
 * <p>The SDK's calls run on an OkHttp client that the budget owns (the SDK derives its own from it
 * and so shares its dispatcher, which is what lets the budget cancel them); closing the budget
 * releases that client. Thread-safe.
 */
final class CommandBudget implements AutoCloseable {
  private final Duration limit;
  private final CountDownLatch usedUp = new CountDownLatch(1);
  private final OkHttpClient http;
  private final Runnable cancelAlarm;

  private CommandBudget(Duration limit, Alarm alarm) {
    this.limit = limit;
    if (limit == null) {
      this.http = null;
      this.cancelAlarm = () -> {};
    } else {
      this.http = new OkHttpClient.Builder().addInterceptor(this::refuseWhenUsedUp).build();
      this.cancelAlarm = alarm.set(limit, this::useUp);
    }
  }

  /**
   * Starts the budget now.
   *
   * @param limit the budget, or {@code null} for none
   * @param alarm rings when the budget runs out
   */
  static CommandBudget start(Duration limit, Alarm alarm) {
    return new CommandBudget(limit, alarm);
  }

  /** Makes the SDK's calls and back-off waits of these options count against the budget. */
  void applyTo(FaciliooOptions.Builder options) {
    if (http != null) {
      options.okHttpClient(http).sleeper(this::pause);
    }
  }

  /** Tells whether the budget has run out. */
  boolean isUsedUp() {
    return usedUp.getCount() == 0;
  }

  /** The budget; {@code null} for none. */
  Duration limit() {
    return limit;
  }

  private void useUp() {
    // Marked first: a call starting after this is refused by the interceptor, any earlier one is
    // already known to the dispatcher and cancelled here.
    usedUp.countDown();
    http.dispatcher().cancelAll();
  }

  /** A back-off wait that ends early when the budget runs out. */
  private void pause(Duration duration) throws InterruptedException {
    usedUp.await(duration.toNanos(), TimeUnit.NANOSECONDS);
  }

  private Response refuseWhenUsedUp(Interceptor.Chain chain) throws IOException {
    if (isUsedUp()) {
      // A timeout before sending: the SDK reports it as FaciliooTimeoutException, sent nothing.
      throw new SocketTimeoutException(
          "the command's time budget of " + Converters.format(limit) + " is used up");
    }
    return chain.proceed(chain.request());
  }

  @Override
  public void close() {
    cancelAlarm.run();
    if (http != null) {
      // The SDK never shuts down a client it was given, so the budget does.
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
