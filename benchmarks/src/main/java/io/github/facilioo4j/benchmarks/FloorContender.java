package io.github.facilioo4j.benchmarks;

import java.util.function.LongConsumer;
import okhttp3.OkHttpClient;

/** The floor as a {@link Contender}. */
final class FloorContender implements Contender {
  private final FloorClient client;

  FloorContender(OkHttpClient http, String baseUrl) {
    this.client = new FloorClient(http, baseUrl, Fixtures.TOKEN);
  }

  @Override
  public Object create() {
    FloorProcessCreate body = new FloorProcessCreate();
    body.report = Fixtures.REPORT;
    body.contactId = Fixtures.CONTACT_ID;
    body.typeId = Fixtures.TYPE_ID;
    body.unitId = Fixtures.UNIT_ID;
    body.subject = Fixtures.SUBJECT;
    body.externalId = Fixtures.EXTERNAL_ID;
    return client.create(body);
  }

  @Override
  public Object retrieve(int id) {
    return client.retrieve(id);
  }

  @Override
  public Object listPage(int pageNumber, int pageSize) {
    return client.list(pageNumber, pageSize);
  }

  @Override
  public long walk(int pageSize, LongConsumer afterItem) {
    long seen = 0;
    int pageNumber = 1;
    while (true) {
      FloorPage page = client.list(pageNumber, pageSize);
      if (page.items == null || page.items.isEmpty()) {
        return seen;
      }
      for (FloorProcess ignored : page.items) {
        afterItem.accept(++seen);
      }
      if (!page.hasNextPage) {
        return seen;
      }
      pageNumber++;
    }
  }

  @Override
  public void close() {}
}
