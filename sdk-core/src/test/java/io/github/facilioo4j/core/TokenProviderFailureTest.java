package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a token provider throws or returns, the caller gets a {@link FaciliooException} and
 * nothing is sent, blocking and async alike.
 */
class TokenProviderFailureTest extends ClientTestSupport {
  static final String SECRET = "vault-secret-4711";

  FaciliooException failure(TokenProvider provider, boolean async) {
    FaciliooClient client = client(b -> b.tokenProvider(provider));
    return assertThrows(
        FaciliooException.class, () -> call(client, get("/api/x"), JsonNode.class, async));
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aSupplierThatThrowsFailsTheCallWithAFaciliooExceptionCarryingTheCause(boolean async) {
    IllegalStateException thrown = new IllegalStateException("vault sealed, key " + SECRET);

    FaciliooException e =
        failure(
            TokenProvider.fromSupplier(
                () -> {
                  throw thrown;
                }),
            async);

    assertSame(FaciliooException.class, e.getClass());
    assertSame(thrown, e.getCause());
    assertTrue(e.getMessage().contains("IllegalStateException"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void aSupplierReturningNullOrAnUnusableTokenFailsTheCallWithAFaciliooException(boolean async) {
    FaciliooException none = failure(TokenProvider.fromSupplier(() -> null), async);
    FaciliooException broken =
        failure(TokenProvider.fromSupplier(() -> SECRET + "\r\nX-Injected: 1"), async);

    assertTrue(none.getMessage().contains("returned null"), none.getMessage());
    assertTrue(broken.getMessage().contains("unusable token"), broken.getMessage());
    assertFalse(broken.getMessage().contains(SECRET), broken.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @ParameterizedTest(name = "async: {0}")
  @ValueSource(booleans = {false, true})
  void anApplicationsProviderThatThrowsOrReturnsNullFailsTheCallWithAFaciliooException(
      boolean async) {
    IllegalStateException thrown = new IllegalStateException("no token for " + SECRET);

    FaciliooException threw =
        failure(
            () -> {
              throw thrown;
            },
            async);
    FaciliooException none = failure(() -> null, async);
    FaciliooException broken = failure(() -> "two words", async);

    assertSame(thrown, threw.getCause());
    assertFalse(threw.getMessage().contains(SECRET), threw.getMessage());
    assertTrue(none.getMessage().contains("returned null"), none.getMessage());
    assertNull(none.getCause());
    assertTrue(broken.getMessage().contains("unusable token"), broken.getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
