package io.github.facilioo4j.benchmarks;

import io.github.facilioo4j.benchmarks.generated.ApiClient;
import io.github.facilioo4j.benchmarks.generated.ApiException;
import io.github.facilioo4j.benchmarks.generated.api.ProcessesApi;
import io.github.facilioo4j.benchmarks.generated.model.ProcessCreate;
import io.github.facilioo4j.benchmarks.generated.model.ProcessRead;
import io.github.facilioo4j.benchmarks.generated.model.ProcessReadPage;
import java.util.function.LongConsumer;
import okhttp3.OkHttpClient;

/**
 * The client that openapi-generator's {@code java} generator (library okhttp-gson) builds from
 * {@code openapi/processes.yaml}, generated into {@code target/generated-sources} at build time.
 */
final class GeneratedContender implements Contender {
  private final ProcessesApi api;

  GeneratedContender(OkHttpClient http, String baseUrl) {
    ApiClient client = new ApiClient(http);
    client.setBasePath(baseUrl);
    client.setBearerToken(Fixtures.TOKEN);
    this.api = new ProcessesApi(client);
  }

  @Override
  public Object create() {
    ProcessCreate body =
        new ProcessCreate()
            .report(Fixtures.REPORT)
            .contactId(Fixtures.CONTACT_ID)
            .typeId(Fixtures.TYPE_ID)
            .unitId(Fixtures.UNIT_ID)
            .subject(Fixtures.SUBJECT)
            .externalId(Fixtures.EXTERNAL_ID);
    try {
      return api.createProcess(body, Fixtures.API_VERSION, null, null, null);
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object retrieve(int id) {
    try {
      return api.retrieveProcess(id, Fixtures.API_VERSION, null, null, null);
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object listPage(int pageNumber, int pageSize) {
    try {
      return api.listProcesses(Fixtures.API_VERSION, null, null, null, pageNumber, pageSize, null);
    } catch (ApiException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public long walk(int pageSize, LongConsumer afterItem) {
    long seen = 0;
    int pageNumber = 1;
    while (true) {
      ProcessReadPage page = (ProcessReadPage) listPage(pageNumber, pageSize);
      if (page.getItems() == null || page.getItems().isEmpty()) {
        return seen;
      }
      for (ProcessRead ignored : page.getItems()) {
        afterItem.accept(++seen);
      }
      if (!Boolean.TRUE.equals(page.getHasNextPage())) {
        return seen;
      }
      pageNumber++;
    }
  }

  @Override
  public void close() {}
}
