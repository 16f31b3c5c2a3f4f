package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.facilioo4j.core.internal.PageEnvelope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingThroughClientTest extends ClientTestSupport {
  record Item(int id) {}

  static String page(int number, boolean hasNext, int... ids) {
    StringBuilder items = new StringBuilder();
    for (int id : ids) {
      items.append(items.length() == 0 ? "" : ",").append("{\"id\":").append(id).append('}');
    }
    return "{\"items\":["
        + items
        + "],\"pageNumber\":"
        + number
        + ",\"pageSize\":2,\"totalPages\":2,\"totalCount\":3,\"hasPreviousPage\":"
        + (number > 1)
        + ",\"hasNextPage\":"
        + hasNext
        + "}";
  }

  Page<Item> fetch(FaciliooClient client, int pageNumber) {
    ApiRequest request =
        ApiRequest.builder()
            .path("/api/processes")
            .query("pageNumber", pageNumber)
            .query("pageSize", 2)
            .build();
    ApiResponse<PageEnvelope<Item>> response =
        client.execute(request, FaciliooClient.pageType(Item.class));
    return Page.of(response, next -> fetch(client, next));
  }

  @Test
  void pageTypeDecodesTheEnvelopeAndTheAutoPagerWalksAllPages() throws Exception {
    server.enqueue(json(200, page(1, true, 1, 2)));
    server.enqueue(json(200, page(2, false, 3)));
    FaciliooClient client = client();

    List<Integer> ids = new ArrayList<>();
    for (Item item : fetch(client, 1).autoPager()) {
      ids.add(item.id());
    }

    assertEquals(List.of(1, 2, 3), ids);
    assertEquals("/api/processes?pageNumber=1&pageSize=2", server.takeRequest().getPath());
    assertEquals("/api/processes?pageNumber=2&pageSize=2", server.takeRequest().getPath());
  }
}
