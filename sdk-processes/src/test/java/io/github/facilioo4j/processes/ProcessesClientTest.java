package io.github.facilioo4j.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.Language;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ProcessesClientTest extends ProcessesTestSupport {

  @Test
  void aClientOnASharedCoreClientLeavesItOpenWhenClosed() throws Exception {
    try (FaciliooClient shared = FaciliooClient.create(options().build())) {
      ProcessesClient onShared = ProcessesClient.create(shared);
      onShared.close();

      assertFalse(shared.isClosed());
      enqueueJson(200, process(7));
      assertEquals(7, ProcessesClient.create(shared).retrieve(7).id());
      takeRequest();
    }
  }

  @Test
  void aClientMadeFromOptionsClosesItsOwnConnection() {
    processes.close();

    assertTrue(processes.isClosed());
    assertThrows(IllegalStateException.class, () -> processes.retrieve(7));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anAsyncCallOnAClosedClientFailsTheFutureInsteadOfThrowing() {
    processes.close();

    CompletableFuture<?> future = processes.retrieveAsync(7);

    assertThrows(IllegalStateException.class, () -> await(future));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aDerivedClientSendsItsOptionsAndClosingItLeavesTheParentOpen() throws Exception {
    ProcessesClient english =
        processes.withOptions(o -> o.language(Language.of("en")).apiVersion(ApiVersion.V1));
    enqueueJson(200, process(7));
    enqueueJson(200, process(8));

    english.retrieve(7);
    english.close();
    processes.retrieve(8);

    RecordedRequest derived = takeRequest();
    assertEquals("en", derived.getHeader("Accept-Language"));
    assertEquals("1.0", derived.getHeader("api-version"));
    RecordedRequest parent = takeRequest();
    assertEquals("2.0", parent.getHeader("api-version"));
    assertEquals(null, parent.getHeader("Accept-Language"));
    assertTrue(english.isClosed());
    assertFalse(processes.isClosed());
  }

  @Test
  void toStringNeverShowsTheToken() {
    assertFalse(processes.toString().contains(TOKEN), processes.toString());
  }
}
