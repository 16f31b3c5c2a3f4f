package io.github.facilioo4j.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * One call of {@link FaciliooClient#executeAsync} on the client's async threads, and the future the
 * caller holds.
 *
 * <ul>
 *   <li>Cancelled before it started, it never starts: nothing is sent.
 *   <li>Cancelled while it runs, its thread is interrupted, which cancels the OkHttp call (also one
 *       blocked reading) and ends any wait for a token or a retry; a request not yet written is not
 *       sent.
 *   <li>Still queued when its client closes, it fails with {@link IllegalStateException} and never
 *       starts.
 * </ul>
 *
 * <p>Thread-safe: the state is guarded by {@code this}.
 */
final class AsyncCall<T> implements Runnable {
  private enum State {
    QUEUED,
    RUNNING,
    DONE
  }

  private final FaciliooClient owner;
  private final SharedResources shared;
  private final Supplier<T> work;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private State state = State.QUEUED;
  private Thread runner;

  private AsyncCall(FaciliooClient owner, SharedResources shared, Supplier<T> work) {
    this.owner = owner;
    this.shared = shared;
    this.work = work;
  }

  /**
   * Queues {@code work} on the shared async threads.
   *
   * @throws IllegalStateException when the threads were shut down: the client is closed
   */
  static <T> CompletableFuture<T> submit(
      FaciliooClient owner, SharedResources shared, Supplier<T> work) {
    AsyncCall<T> call = new AsyncCall<>(owner, shared, work);
    shared.calls.add(call);
    call.future.whenComplete(
        (value, failure) -> {
          shared.calls.remove(call);
          if (call.future.isCancelled()) {
            call.interruptRunner();
          }
        });
    try {
      shared.executor.execute(call);
    } catch (RejectedExecutionException e) {
      shared.calls.remove(call);
      throw new IllegalStateException("client is closed", e);
    }
    return call.future;
  }

  /** Whether closing {@code client} ends this call: it was made through it, or through its root. */
  boolean belongsTo(FaciliooClient client, boolean root) {
    return root || owner == client;
  }

  /** Fails the call with the closed client's error unless it has started already. */
  void failIfQueued() {
    synchronized (this) {
      if (state != State.QUEUED) {
        return;
      }
      state = State.DONE;
    }
    // Outside the lock: completing runs the future's dependents.
    future.completeExceptionally(new IllegalStateException("client is closed"));
  }

  @Override
  public void run() {
    synchronized (this) {
      if (state != State.QUEUED || future.isDone()) {
        state = State.DONE;
        return;
      }
      state = State.RUNNING;
      runner = Thread.currentThread();
    }
    try {
      future.complete(work.get());
    } catch (RuntimeException | Error e) {
      future.completeExceptionally(e);
    } finally {
      synchronized (this) {
        state = State.DONE;
        runner = null;
      }
      // A cancel's interrupt is meant for this call only, never for the thread's next task.
      Thread.interrupted();
      shared.calls.remove(this);
    }
  }

  private synchronized void interruptRunner() {
    if (state == State.RUNNING && runner != null) {
      runner.interrupt();
    }
  }
}
