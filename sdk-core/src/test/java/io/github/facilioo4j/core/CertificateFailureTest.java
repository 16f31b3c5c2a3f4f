package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.facilioo4j.core.errors.FaciliooIoException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/** Regression: a refused server certificate used to be retried like a refused connection. */
class CertificateFailureTest extends ClientTestSupport {
  @Test
  void selfSignedCertificateIsRefusedOnceWithoutRetries() {
    HeldCertificate certificate =
        new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    server.useHttps(
        new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory(),
        false);
    server.enqueue(json(200, "{}"));
    FaciliooClient client = client(b -> b.baseUrl("https://localhost:" + server.getPort()));

    FaciliooIoException e =
        assertThrows(
            FaciliooIoException.class, () -> client.execute(get("/api/x"), JsonNode.class));

    assertInstanceOf(SSLHandshakeException.class, e.getCause());
    assertEquals(0, sleeper.delays().size());
    assertEquals(0, server.getRequestCount());
  }
}
