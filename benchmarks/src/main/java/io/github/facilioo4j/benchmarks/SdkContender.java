package io.github.facilioo4j.benchmarks;

import io.github.facilioo4j.core.FaciliooOptions;
import io.github.facilioo4j.core.Page;
import io.github.facilioo4j.processes.ProcessesClient;
import io.github.facilioo4j.processes.model.ProcessRead;
import java.util.function.LongConsumer;
import okhttp3.OkHttpClient;

/**
 * The SDK: a {@link ProcessesClient} used as its documentation shows, with the SDK's own auth,
 * retry, logging and validation on top of the OkHttp client it is given.
 */
final class SdkContender implements Contender {
  private final ProcessesClient processes;

  SdkContender(OkHttpClient http, String baseUrl) {
    FaciliooOptions.Builder options =
        FaciliooOptions.builder().baseUrl(baseUrl).token(Fixtures.TOKEN);
    if (http != null) {
      options.okHttpClient(http);
    }
    this.processes = ProcessesClient.create(options.build());
  }

  @Override
  public Object create() {
    return processes
        .create()
        .report(Fixtures.REPORT)
        .contactId(Fixtures.CONTACT_ID)
        .typeId(Fixtures.TYPE_ID)
        .unitId(Fixtures.UNIT_ID)
        .subject(Fixtures.SUBJECT)
        .externalId(Fixtures.EXTERNAL_ID)
        .execute();
  }

  @Override
  public Object retrieve(int id) {
    return processes.retrieve(id);
  }

  @Override
  public Page<ProcessRead> listPage(int pageNumber, int pageSize) {
    return processes.list().pageSize(pageSize).pageNumber(pageNumber).execute();
  }

  @Override
  public long walk(int pageSize, LongConsumer afterItem) {
    long seen = 0;
    for (ProcessRead ignored : processes.list(pageSize).autoPager()) {
      afterItem.accept(++seen);
    }
    return seen;
  }

  @Override
  public void close() {
    processes.close();
  }
}
