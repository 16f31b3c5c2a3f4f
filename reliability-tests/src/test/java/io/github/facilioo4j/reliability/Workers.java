package io.github.facilioo4j.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/** Runs worker threads that all start at the same moment, and waits until every one has ended. */
final class Workers {
  private Workers() {}

  /**
   * Starts {@code count} threads named {@code namePrefix + index}, releases them together once all
   * are started, and returns when all have ended. A worker interrupted before the release skips its
   * work; {@code work} must catch what it wants counted as a failure.
   */
  static void runTogether(int count, String namePrefix, IntConsumer work)
      throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      int index = t;
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  return;
                }
                work.accept(index);
              },
              namePrefix + t);
      threads.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : threads) {
      worker.join();
    }
  }
}
