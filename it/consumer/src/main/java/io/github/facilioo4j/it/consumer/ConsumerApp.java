package io.github.facilioo4j.it.consumer;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;

/** Compiles against the SDK's public API the way a Java 8 application would. */
public final class ConsumerApp {
  private ConsumerApp() {}

  /**
   * Reads one process with the options from the environment.
   *
   * @param args the process id
   */
  public static void main(String[] args) {
    try (ProcessesClient processes = ProcessesClient.create(FaciliooOptions.fromEnv())) {
      System.out.println(processes.retrieve(Integer.parseInt(args[0])));
    }
  }
}
