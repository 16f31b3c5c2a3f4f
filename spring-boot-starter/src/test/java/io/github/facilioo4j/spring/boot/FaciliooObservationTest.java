package io.github.facilioo4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import io.github.facilioo4j.testkit.FaciliooSandbox;
import io.github.facilioo4j.testkit.RecordedRequest;
import io.github.facilioo4j.testkit.RecordingSleeper;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With an {@link ObservationRegistry} bean, every attempt of the facilioo clients becomes one
 * observation, and so one timer {@code facilioo.client.requests} per operation, status and outcome.
 */
class FaciliooObservationTest {
  static final String TOKEN = "observed-token";

  FaciliooSandbox sandbox;
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void startSandbox() {
    sandbox = FaciliooSandbox.builder().validToken(TOKEN).start();
  }

  @AfterEach
  void stopSandbox() {
    sandbox.close();
  }

  ApplicationContextRunner runner(ObservationRegistry registry) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                FaciliooAutoConfiguration.class, FaciliooObservationAutoConfiguration.class))
        .withBean(ObservationRegistry.class, () -> registry)
        // Retries wait on the recording sleeper, not on the clock.
        .withBean(FaciliooOptionsCustomizer.class, () -> builder -> builder.sleeper(sleeper))
        .withPropertyValues("facilioo.base-url=" + sandbox.baseUrl(), "facilioo.token=" + TOKEN);
  }

  ObservationRegistry meteredRegistry() {
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return registry;
  }

  /** Each timer's tags (without Micrometer's own {@code error} tag) to its count. */
  Map<String, Long> timers() {
    Map<String, Long> counts = new TreeMap<>();
    for (Timer timer : meters.find("facilioo.client.requests").timers()) {
      Meter.Id id = timer.getId();
      String tags =
          id.getTags().stream()
              .filter(t -> !t.getKey().equals("error"))
              .map(Tag::toString)
              .collect(Collectors.joining(","));
      counts.put(tags, timer.count());
    }
    return counts;
  }

  static ProcessRead createAndRetrieve(ProcessesClient processes) {
    ProcessRead created =
        processes
            .create()
            .report("<p>Water in the basement</p>")
            .contactId(12)
            .typeId(3)
            .unitId(77)
            .execute();
    return processes.retrieve(created.id());
  }

  @Test
  void aCreateAndARetrieveGiveOneTimerPerOperationTaggedByRouteStatusAndOutcome() {
    runner(meteredRegistry())
        .run(
            context -> {
              ProcessRead read = createAndRetrieve(context.getBean(ProcessesClient.class));

              assertThat(read.report()).isEqualTo("<p>Water in the basement</p>");
              assertThat(timers())
                  .containsOnly(
                      Map.entry(
                          "tag(method=POST),tag(operation=createProcess),tag(outcome=SUCCESS),"
                              + "tag(route=/api/processes),tag(status=200)",
                          1L),
                      Map.entry(
                          "tag(method=GET),tag(operation=retrieveProcess),tag(outcome=SUCCESS),"
                              + "tag(route=/api/processes/{id}),tag(status=200)",
                          1L));
              assertThat(timers().keySet())
                  .noneMatch(tags -> tags.contains("/api/processes/" + read.id()));
              assertThat(sandbox.recordedRequests())
                  .extracting(r -> r.method() + " " + r.path())
                  .containsExactly("POST /api/processes", "GET /api/processes/" + read.id());
            });
  }

  @Test
  void aRetriedGetShowsEachOfItsAttempts() {
    runner(meteredRegistry())
        .run(
            context -> {
              ProcessesClient processes = context.getBean(ProcessesClient.class);
              ProcessRead created =
                  processes
                      .create()
                      .report("<p>Leak</p>")
                      .contactId(12)
                      .typeId(3)
                      .unitId(77)
                      .execute();
              sandbox.faults().on("GET", "/api/processes").serviceUnavailable(1);

              assertThat(processes.retrieve(created.id()).id()).isEqualTo(created.id());

              assertThat(timers())
                  .contains(
                      Map.entry(
                          "tag(method=GET),tag(operation=retrieveProcess),tag(outcome=HTTP_ERROR),"
                              + "tag(route=/api/processes/{id}),tag(status=503)",
                          1L),
                      Map.entry(
                          "tag(method=GET),tag(operation=retrieveProcess),tag(outcome=SUCCESS),"
                              + "tag(route=/api/processes/{id}),tag(status=200)",
                          1L));
              assertThat(sleeper.delays()).hasSize(1);
              List<RecordedRequest> gets =
                  sandbox.recordedRequests().stream()
                      .filter(r -> r.method().equals("GET"))
                      .collect(Collectors.toList());
              assertThat(gets).hasSize(2);
            });
  }

  @Test
  void eachAttemptIsAClientObservationNamedByItsRouteWithItsAttemptNumber() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    registry
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public void onStop(Observation.Context context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return true;
              }
            });
    runner(registry)
        .run(
            context -> {
              ProcessesClient processes = context.getBean(ProcessesClient.class);
              ProcessRead created =
                  processes
                      .create()
                      .report("<p>Leak</p>")
                      .contactId(12)
                      .typeId(3)
                      .unitId(77)
                      .execute();
              sandbox.faults().on("GET", "/api/processes").serviceUnavailable(1);
              processes.retrieve(created.id());

              TestObservationRegistryAssert.assertThat(registry)
                  .hasNumberOfObservationsWithNameEqualTo("facilioo.client.requests", 3)
                  .doesNotHaveAnyRemainingCurrentObservation();
              assertThat(stopped)
                  .extracting(
                      c ->
                          c.getContextualName()
                              + " attempt "
                              + c.getHighCardinalityKeyValue("attempt").getValue()
                              + " "
                              + c.getLowCardinalityKeyValue("status").getValue())
                  .containsExactly(
                      "POST /api/processes attempt 1 200",
                      "GET /api/processes/{id} attempt 1 503",
                      "GET /api/processes/{id} attempt 2 200");
              assertThat(stopped)
                  .allSatisfy(
                      c -> {
                        assertThat(c).isInstanceOf(FaciliooObservationContext.class);
                        assertThat(((FaciliooObservationContext) c).getRemoteServiceName())
                            .isEqualTo("facilioo");
                        assertThat(c.getAllKeyValues())
                            .extracting(KeyValue::getValue)
                            .noneMatch(v -> v.contains(TOKEN) || v.contains("/" + created.id()));
                      });
            });
  }

  @Test
  void anApplicationsConventionReplacesTheDefaultTags() {
    runner(meteredRegistry())
        .withBean(
            FaciliooObservationConvention.class,
            () ->
                new FaciliooObservationConvention() {
                  @Override
                  public String getName() {
                    return "facilioo.client.requests";
                  }

                  @Override
                  public io.micrometer.common.KeyValues getLowCardinalityKeyValues(
                      FaciliooObservationContext context) {
                    return io.micrometer.common.KeyValues.of(
                        "operation", context.attempt().operationId().orElse("none"));
                  }
                })
        .run(
            context -> {
              createAndRetrieve(context.getBean(ProcessesClient.class));

              assertThat(timers())
                  .containsOnly(
                      Map.entry("tag(operation=createProcess)", 1L),
                      Map.entry("tag(operation=retrieveProcess)", 1L));
            });
  }

  @Test
  void withoutAnObservationRegistryTheClientsGetNoListener() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                FaciliooAutoConfiguration.class, FaciliooObservationAutoConfiguration.class))
        .withPropertyValues("facilioo.base-url=" + sandbox.baseUrl(), "facilioo.token=" + TOKEN)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(FaciliooOptions.class).requestListener()).isEmpty();
              assertThat(context).doesNotHaveBean("faciliooObservationCustomizer");
            });
  }
}
