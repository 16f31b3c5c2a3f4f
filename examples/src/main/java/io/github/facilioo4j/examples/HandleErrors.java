package io.github.facilioo4j.examples;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.errors.FaciliooException;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import io.github.facilioo4j.core.errors.FaciliooServiceException;
import io.github.facilioo4j.core.errors.NotFoundException;
import io.github.facilioo4j.core.errors.RateLimitException;
import io.github.facilioo4j.core.errors.ServerException;
import io.github.facilioo4j.core.errors.UnauthorizedException;
import io.github.facilioo4j.core.errors.ValidationException;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessCreate;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Provokes three typical errors and shows how to handle each: an invalid process (validation), a
 * process that does not exist (not found) and a wrong token (unauthorized).
 */
public final class HandleErrors {
  private HandleErrors() {}

  /**
   * Reads the options from the environment and runs the three failing calls.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    FaciliooOptions options = FaciliooOptions.fromEnv();
    try (ProcessesClient processes = ProcessesClient.create(options)) {
      run(processes, System.out);
    }
  }

  /**
   * Makes three calls that fail, and prints what each error says.
   *
   * @param processes the client; stays owned by the caller
   * @param out where the explanations go
   * @return the exceptions caught, in call order
   */
  public static List<FaciliooException> run(ProcessesClient processes, PrintStream out) {
    List<FaciliooException> caught = new ArrayList<>();

    // 1. A process without report, contact and type: the SDK checks before sending.
    ProcessCreate incomplete = ProcessCreate.builder().unitId(1).build();
    call(out, caught, () -> processes.create(incomplete));

    // 2. An id that does not exist.
    call(out, caught, () -> processes.retrieve(987_654));

    // 3. A wrong token. The derived client shares the connections; closing it leaves
    //    `processes` open.
    try (ProcessesClient wrongToken = processes.withOptions(o -> o.token("not-a-valid-token"))) {
      call(out, caught, () -> wrongToken.list(10));
    }
    return caught;
  }

  private static void call(PrintStream out, List<FaciliooException> caught, Runnable call) {
    try {
      call.run();
      out.println("Unexpected success");
    } catch (ValidationException e) {
      // Field errors are keyed by property path ("report", "items[0].name"); local ones were
      // found before sending.
      out.println("Invalid" + (e.isLocal() ? " (not sent):" : ":"));
      for (Map.Entry<String, List<String>> field : e.fieldErrors().entrySet()) {
        out.println("  " + field.getKey() + ": " + String.join(", ", field.getValue()));
      }
      caught.add(e);
    } catch (UnauthorizedException e) {
      out.println("Unauthorized: check FACILIOO_TOKEN (" + e.getMessage() + ")");
      caught.add(e);
    } catch (NotFoundException e) {
      out.println("Not found: " + e.getMessage());
      caught.add(e);
    } catch (RateLimitException e) {
      // The SDK already retried; retryAfter() says when the server accepts calls again.
      out.println("Rate limited; retry after " + e.retryAfter().orElse(null));
      caught.add(e);
    } catch (ServerException | FaciliooIoException e) {
      // Also retried already (except creates that may have arrived): worth trying later.
      out.println("Temporary failure: " + e.getMessage());
      caught.add(e);
    } catch (FaciliooServiceException e) {
      // Any other HTTP error; the request id helps facilioo's support find the call.
      out.println("HTTP " + e.statusCode() + " (request id " + e.requestId().orElse("-") + ")");
      caught.add(e);
    } catch (FaciliooException e) {
      out.println("Failed: " + e.getMessage());
      caught.add(e);
    }
  }
}
