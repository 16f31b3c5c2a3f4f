package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class LifecycleTest extends ClientTestSupport {
  @Test
  void closedClientRefusesCalls() {
    FaciliooClient client = FaciliooClient.create(options().build());
    client.close();
    client.close();

    assertTrue(client.isClosed());
    IllegalStateException sync =
        assertThrows(IllegalStateException.class, () -> client.execute(get("/x"), JsonNode.class));
    IllegalStateException async =
        assertThrows(
            IllegalStateException.class, () -> client.executeAsync(get("/x"), JsonNode.class));
    assertEquals("client is closed", sync.getMessage());
    assertEquals("client is closed", async.getMessage());
    assertThrows(IllegalStateException.class, () -> client.withOptions(b -> {}));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void closeEndsTheAsyncThreadsAndReleasesConnections() throws Exception {
    server.enqueue(json(200, "{}"));
    FaciliooClient client = FaciliooClient.create(options().build());
    client.executeAsync(get("/x"), JsonNode.class).get();
    assertEquals(1, client.okHttpTransport().connectionCount());

    client.close();

    assertEquals(0, client.okHttpTransport().connectionCount());
    assertTrue(client.okHttpTransport().isDispatcherShutDown());
    assertTrue(client.sharedResources().executor.awaitTermination(5, TimeUnit.SECONDS));
  }

  @Test
  void userSuppliedClientKeepsItsInterceptorsAndIsNeverShutDown() throws Exception {
    server.enqueue(json(200, "{}"));
    OkHttpClient user =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("x-proxy-auth", "on").build()))
            .build();
    FaciliooClient client = FaciliooClient.create(options().okHttpClient(user).build());

    client.execute(get("/x"), JsonNode.class);
    client.close();

    RecordedRequest request = server.takeRequest();
    assertEquals("on", request.getHeader("x-proxy-auth"));
    assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    assertFalse(user.dispatcher().executorService().isShutdown());
    assertTrue(user.retryOnConnectionFailure(), "the user's own client is not changed");
    assertEquals(1, user.connectionPool().connectionCount(), "the user's pool is not evicted");
    user.connectionPool().evictAll();
    user.dispatcher().executorService().shutdown();
  }

  @Test
  void retriesAndAuthStillApplyOnTopOfAUserSuppliedClient() throws Exception {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{}"));
    OkHttpClient user = new OkHttpClient.Builder().build();
    FaciliooClient client = track(FaciliooClient.create(options().okHttpClient(user).build()));

    client.execute(get("/x"), JsonNode.class);

    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.delays().size());
    assertEquals("Bearer " + TOKEN, server.takeRequest().getHeader("Authorization"));
    user.connectionPool().evictAll();
  }

  @Test
  void closingADerivedClientLeavesTheParentOpenButClosingTheParentClosesBoth() throws Exception {
    server.enqueue(json(200, "{}"));
    FaciliooClient parent = FaciliooClient.create(options().build());
    FaciliooClient derived = parent.withOptions(b -> b.apiVersion(ApiVersion.V1));

    derived.close();
    assertFalse(parent.okHttpTransport().isDispatcherShutDown());
    parent.execute(get("/x"), JsonNode.class);
    assertTrue(derived.isClosed());
    assertFalse(parent.isClosed());

    FaciliooClient other = parent.withOptions(b -> b.language(Language.GERMAN));
    parent.close();
    assertTrue(other.isClosed());
    assertThrows(IllegalStateException.class, () -> other.execute(get("/x"), JsonNode.class));
  }

  @Test
  void toStringShowsNoToken() {
    FaciliooClient client = track(FaciliooClient.create(options().build()));

    assertFalse(client.toString().contains(TOKEN), client.toString());
    assertTrue(client.toString().contains("****"), client.toString());
  }
}
