package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.facilioo4j.core.ApiVersion;
import io.github.facilioo4j.core.FaciliooClient;
import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Language;
import io.github.facilioo4j.core.LoginTokenProvider;
import io.github.facilioo4j.core.TokenProvider;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The auto-configuration's beans, from properties to requests, on the Boot version in use. */
class FaciliooAutoConfigurationTest {
  static final String TOKEN = "starter-test-token";
  static final String EMAIL = "sync@acme.example";
  static final String PASSWORD = "s3cret-Pa55";

  FaciliooSandbox sandbox;

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(FaciliooAutoConfiguration.class));

  @BeforeEach
  void startSandbox() {
    sandbox = FaciliooSandbox.builder().validToken(TOKEN).user(EMAIL, PASSWORD).start();
  }

  @AfterEach
  void stopSandbox() {
    sandbox.close();
  }

  ApplicationContextRunner withToken() {
    return runner.withPropertyValues(
        "facilioo.base-url=" + sandbox.baseUrl(), "facilioo.token=" + TOKEN);
  }

  @Test
  void everyPropertyReachesTheOptionsOfTheClients() {
    runner
        .withPropertyValues(
            "facilioo.base-url=" + sandbox.baseUrl() + "/",
            "facilioo.token=" + TOKEN,
            "facilioo.api-version=1",
            "facilioo.language=en-GB",
            "facilioo.client-name=acme-erp-sync",
            "facilioo.client-version=1.4.2",
            "facilioo.connect-timeout=3s",
            "facilioo.read-timeout=4s",
            "facilioo.write-timeout=5s",
            "facilioo.call-timeout=PT20S",
            "facilioo.max-retries=0",
            "facilioo.max-retry-delay=7s")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              FaciliooOptions options = context.getBean(ProcessesClient.class).options();
              assertThat(options.baseUrl()).isEqualTo(sandbox.baseUrl());
              assertThat(options.apiVersion()).isEqualTo(ApiVersion.V1);
              assertThat(options.language()).contains(Language.of("en-GB"));
              assertThat(options.clientName()).contains("acme-erp-sync");
              assertThat(options.clientVersion()).contains("1.4.2");
              assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(5));
              assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(20));
              assertThat(options.maxRetries()).isZero();
              assertThat(options.maxRetryDelay()).isEqualTo(Duration.ofSeconds(7));
              assertThat(context.getBean(FaciliooClient.class).options()).isEqualTo(options);
            });
  }

  @Test
  void unsetPropertiesKeepTheSdkDefaults() {
    runner
        .withPropertyValues("facilioo.token=" + TOKEN)
        .run(
            context -> {
              FaciliooOptions options = context.getBean(FaciliooOptions.class);
              FaciliooOptions defaults = FaciliooOptions.builder().token(TOKEN).build();
              assertThat(options.baseUrl()).isEqualTo(FaciliooOptions.PRODUCTION_URL);
              assertThat(options.apiVersion()).isEqualTo(defaults.apiVersion());
              assertThat(options.language()).isEmpty();
              assertThat(options.clientName()).isEmpty();
              assertThat(options.callTimeout()).isEqualTo(defaults.callTimeout());
              assertThat(options.maxRetries()).isEqualTo(defaults.maxRetries());
            });
  }

  @Test
  void requestsOfTheProcessesBeanCarryTheConfiguredTokenAndHeaders() {
    withToken()
        .withPropertyValues(
            "facilioo.api-version=1.0",
            "facilioo.language=de-DE",
            "facilioo.client-name=acme-erp-sync",
            "facilioo.client-version=1.4.2")
        .run(
            context -> {
              sandbox.seedProcesses(2, 77);
              assertThat(context.getBean(ProcessesClient.class).list(10).items()).hasSize(2);

              RecordedRequest request = single(sandbox.recordedRequests());
              assertThat(request.method()).isEqualTo("GET");
              assertThat(request.path()).isEqualTo("/api/processes");
              assertThat(request.header("Authorization")).contains("Bearer " + TOKEN);
              assertThat(request.header("api-version")).contains("1.0");
              assertThat(request.header("Accept-Language")).contains("de-DE");
              assertThat(request.header("x-client-name")).contains("acme-erp-sync");
              assertThat(request.header("x-client-version")).contains("1.4.2");
            });
  }

  @Test
  void emailAndPasswordLogInOnceAndSendTheIssuedToken() {
    runner
        .withPropertyValues(
            "facilioo.base-url=" + sandbox.baseUrl(),
            "facilioo.email=" + EMAIL,
            "facilioo.password=" + PASSWORD)
        .run(
            context -> {
              FaciliooOptions options = context.getBean(FaciliooOptions.class);
              assertThat(options.tokenProvider()).isInstanceOf(LoginTokenProvider.class);
              ProcessesClient processes = context.getBean(ProcessesClient.class);
              processes.list(1);
              processes.list(1);

              List<RecordedRequest> requests = sandbox.recordedRequests();
              assertThat(requests)
                  .extracting(RecordedRequest::path)
                  .containsExactly("/api/auth/login", "/api/processes", "/api/processes");
              assertThat(requests.get(0).method()).isEqualTo("POST");
              assertThat(requests.get(0).body()).contains(EMAIL);
              String bearer = requests.get(1).header("Authorization").orElseThrow();
              assertThat(bearer).startsWith("Bearer ").isNotEqualTo("Bearer " + TOKEN);
              assertThat(requests.get(2).header("Authorization")).contains(bearer);
              assertThat(options.toString()).doesNotContain(PASSWORD);
              assertThat(context.getBean(FaciliooProperties.class).toString())
                  .doesNotContain(PASSWORD);
            });
  }

  @Test
  void startupFailsNamingFaciliooTokenWhenNoCredentialsAreSet() {
    runner
        .withPropertyValues("facilioo.base-url=" + sandbox.baseUrl(), "facilioo.token= ")
        .run(
            context -> {
              FaciliooConfigurationException e = configurationFailure(context.getStartupFailure());
              assertThat(e.property()).isEqualTo("facilioo.token");
              assertThat(e.getMessage()).contains("facilioo.token", "facilioo.email");
              assertThat(e.action()).contains("facilioo.enabled=false");
            });
    assertThat(sandbox.requestCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "facilioo.email=" + EMAIL + ",             facilioo.password",
    "facilioo.password=" + PASSWORD + ",       facilioo.email",
    "facilioo.base-url=http://api.example.com, facilioo.base-url",
    "facilioo.base-url=not a url,              facilioo.base-url",
    "facilioo.api-version=3.0,                 facilioo.api-version",
    "facilioo.language=not_a_tag!,             facilioo.language",
    "facilioo.client-name=Acme ERP,            facilioo.client-name",
    "facilioo.client-version=1.4.2 beta,       facilioo.client-version",
    "facilioo.call-timeout=0s,                 facilioo.call-timeout",
    "facilioo.max-retries=-1,                  facilioo.max-retries",
  })
  void startupFailsNamingTheInvalidProperty(String setting, String property) {
    // Every case but the first two also sets a token, which must never show in the message.
    String credentials =
        setting.startsWith("facilioo.email") || setting.startsWith("facilioo.password")
            ? "facilioo.enabled=true"
            : "facilioo.token=" + TOKEN;
    runner
        .withPropertyValues(credentials, setting)
        .run(
            context -> {
              FaciliooConfigurationException e = configurationFailure(context.getStartupFailure());
              assertThat(e.property()).isEqualTo(property);
              assertThat(e.getMessage()).contains(property).doesNotContain(TOKEN, PASSWORD);
            });
  }

  @Test
  void startupFailsWhenBothATokenAndALoginAreSet() {
    runner
        .withPropertyValues(
            "facilioo.token=" + TOKEN, "facilioo.email=" + EMAIL, "facilioo.password=" + PASSWORD)
        .run(
            context -> {
              FaciliooConfigurationException e = configurationFailure(context.getStartupFailure());
              assertThat(e.getMessage())
                  .contains("facilioo.token", "facilioo.email")
                  .doesNotContain(TOKEN, PASSWORD);
            });
  }

  @Test
  void disabledStarterCreatesNoBeansAndNeedsNoCredentials() {
    runner
        .withPropertyValues("facilioo.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(FaciliooOptions.class);
              assertThat(context).doesNotHaveBean(FaciliooClient.class);
              assertThat(context).doesNotHaveBean(ProcessesClient.class);
            });
  }

  @Test
  void anApplicationTokenProviderBeanReplacesTheTokenProperty() {
    runner
        .withPropertyValues("facilioo.base-url=" + sandbox.baseUrl())
        .withBean(TokenProvider.class, () -> TokenProvider.of(TOKEN))
        .run(
            context -> {
              context.getBean(ProcessesClient.class).list(1);
              assertThat(single(sandbox.recordedRequests()).header("Authorization"))
                  .contains("Bearer " + TOKEN);
            });
  }

  @Test
  void customizersAdjustTheOptionsAfterThePropertiesInOrder() {
    withToken()
        .withPropertyValues("facilioo.client-name=from-properties")
        .withBean("second", FaciliooOptionsCustomizer.class, () -> new Second())
        .withBean("first", FaciliooOptionsCustomizer.class, () -> new First())
        .run(
            context -> {
              FaciliooOptions options = context.getBean(FaciliooOptions.class);
              assertThat(options.clientName()).contains("second");
              assertThat(options.clientVersion()).contains("first");
            });
  }

  @Order(1)
  static final class First implements FaciliooOptionsCustomizer {
    @Override
    public void customize(FaciliooOptions.Builder builder) {
      builder.clientName("first").clientVersion("first");
    }
  }

  @Order(2)
  static final class Second implements FaciliooOptionsCustomizer {
    @Override
    public void customize(FaciliooOptions.Builder builder) {
      builder.clientName("second");
    }
  }

  @Test
  void anApplicationOptionsBeanReplacesTheProperties() {
    FaciliooOptions own = FaciliooOptions.builder().baseUrl(sandbox.baseUrl()).token(TOKEN).build();
    runner
        .withPropertyValues("facilioo.base-url=https://api.facilioo.de")
        .withBean(FaciliooOptions.class, () -> own)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(ProcessesClient.class).options().baseUrl())
                  .isEqualTo(sandbox.baseUrl());
            });
  }

  @Test
  void anApplicationClientBeanIsWhatTheProcessesBeanSendsThrough() {
    AtomicReference<FaciliooClient> own = new AtomicReference<>();
    runner
        .withBean(
            FaciliooClient.class,
            () -> {
              own.set(
                  FaciliooClient.create(
                      FaciliooOptions.builder()
                          .baseUrl(sandbox.baseUrl())
                          .token(TOKEN)
                          .clientName("own-client")
                          .build()));
              return own.get();
            })
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(FaciliooClient.class);
              assertThat(context).doesNotHaveBean(FaciliooOptions.class);
              context.getBean(ProcessesClient.class).list(1);
              assertThat(single(sandbox.recordedRequests()).header("x-client-name"))
                  .contains("own-client");
            });
  }

  @Test
  void anApplicationProcessesBeanReplacesOurs() {
    withToken()
        .withBean(
            "ownProcesses",
            ProcessesClient.class,
            () ->
                ProcessesClient.create(
                    FaciliooOptions.builder()
                        .baseUrl(sandbox.baseUrl())
                        .token(TOKEN)
                        .clientName("own-processes")
                        .build()))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ProcessesClient.class);
              assertThat(context.getBean(ProcessesClient.class).options().clientName())
                  .contains("own-processes");
            });
  }

  @Test
  void closingTheContextClosesTheProcessesClientAndThenTheCoreClient() {
    AtomicReference<FaciliooClient> core = new AtomicReference<>();
    AtomicReference<ProcessesClient> processes = new AtomicReference<>();
    withToken()
        .run(
            context -> {
              core.set(context.getBean(FaciliooClient.class));
              processes.set(context.getBean(ProcessesClient.class));
              processes.get().list(1);
              assertThat(core.get().isClosed()).isFalse();
            });
    assertThat(core.get().isClosed()).isTrue();
    assertThat(processes.get().isClosed()).isTrue();
    assertThat(sandbox.requestCount()).isEqualTo(1);
  }

  @Test
  void startupFailuresAreExplainedByTheRegisteredFailureAnalyzer() throws IOException {
    boolean registered = false;
    Enumeration<URL> files = getClass().getClassLoader().getResources("META-INF/spring.factories");
    while (files.hasMoreElements()) {
      Properties factories =
          PropertiesLoaderUtils.loadProperties(new UrlResource(files.nextElement()));
      String analyzers = factories.getProperty(FailureAnalyzer.class.getName(), "");
      registered |= analyzers.contains(FaciliooFailureAnalyzer.class.getName());
    }
    assertThat(registered).as("FaciliooFailureAnalyzer in META-INF/spring.factories").isTrue();
    runner.run(
        context -> {
          FailureAnalysis analysis =
              new FaciliooFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).contains("facilioo.token");
          assertThat(analysis.getAction()).contains("facilioo.token", "facilioo.password");
        });
  }

  static FaciliooConfigurationException configurationFailure(Throwable failure) {
    assertThat(failure).isNotNull();
    Throwable t = failure;
    while (t != null && !(t instanceof FaciliooConfigurationException)) {
      t = t.getCause();
    }
    assertThat(t).as("cause chain of %s", failure).isNotNull();
    return (FaciliooConfigurationException) t;
  }

  static RecordedRequest single(List<RecordedRequest> requests) {
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }
}
