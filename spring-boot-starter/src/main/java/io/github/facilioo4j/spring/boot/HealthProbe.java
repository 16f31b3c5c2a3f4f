package io.github.facilioo4j.spring.boot;

import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.processes.ProcessesClient;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks that the API answers an authenticated read: one page of one process ({@code GET
 * /api/processes?pageSize=1}). Nothing is created or changed.
 *
 * <p>The check waits at most the configured timeout; a request still running then is not started
 * again by the next check, which waits for the same answer, so a slow API never piles up health
 * requests. Details name the base URL, and on failure the exception type and HTTP status, never a
 * message, token or body. Thread-safe.
 */
final class HealthProbe {
  private final ProcessesClient processes;
  private final Duration timeout;
  private final Object lock = new Object();
  private CompletableFuture<?> inFlight;

  HealthProbe(ProcessesClient processes, Duration timeout) {
    this.processes = Objects.requireNonNull(processes, "processes");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** The outcome of one check, independent of the Boot version's health types. */
  record Result(boolean up, Map<String, Object> details) {}

  Result check() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseUrl", processes.options().baseUrl());
    try {
      start().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Result(true, Collections.unmodifiableMap(details));
    } catch (TimeoutException e) {
      details.put("error", "no answer within " + timeout);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      details.put("error", cause.getClass().getName());
      if (cause instanceof FaciliooServiceException) {
        details.put("status", ((FaciliooServiceException) cause).statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      details.put("error", "interrupted");
    } catch (RuntimeException e) {
      // Such as IllegalStateException once the client is closed.
      details.put("error", e.getClass().getName());
    }
    return new Result(false, Collections.unmodifiableMap(details));
  }

  private CompletableFuture<?> start() {
    synchronized (lock) {
      if (inFlight == null || inFlight.isDone()) {
        inFlight = processes.listAsync(1);
      }
      return inFlight;
    }
  }
}
