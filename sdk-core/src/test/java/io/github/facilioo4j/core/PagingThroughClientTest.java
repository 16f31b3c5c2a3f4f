package io.github.facilioo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import io.github.facilioo4j.core.spi.Checked;
import io.github.facilioo4j.core.spi.PageCall;
import io.github.facilioo4j.core.spi.Violations;
import java.util.ArrayList;
import java.util.Collections;
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

  /** A paged call written the way the generated operations are. */
  static final class ListItems extends PageCall<Item, ListItems> {
    ListItems(FaciliooClient client) {
      super(client, Envelope.class);
    }

    @Override
    protected void validate(Violations violations) {}

    @Override
    protected ApiRequest request(RequestOptions requestOptions) {
      return ApiRequest.builder()
          .path("/api/processes")
          .operationId("listItems")
          .query("pageNumber", 1)
          .query("pageSize", 2)
          .options(requestOptions)
          .build();
    }

    @JsonDeserialize(using = Envelope.Reader.class)
    static final class Envelope extends PageEnvelope<Item> {
      Envelope(PageEnvelope<Item> decoded) {
        super(decoded);
      }

      static final class Reader extends Checked.PageReader<Item, Envelope> {
        private static final long serialVersionUID = 1L;

        Reader() {
          super(Envelope.class, Item.class, item -> Collections.emptyMap(), Envelope::new);
        }
      }
    }
  }

  @Test
  void aPagedCallDecodesTheEnvelopeAndTheAutoPagerWalksAllPages() throws Exception {
    server.enqueue(json(200, page(1, true, 1, 2)));
    server.enqueue(json(200, page(2, false, 3)));
    FaciliooClient client = client();

    List<Integer> ids = new ArrayList<>();
    for (Item item : new ListItems(client).execute().autoPager()) {
      ids.add(item.id());
    }

    assertEquals(List.of(1, 2, 3), ids);
    assertEquals("/api/processes?pageNumber=1&pageSize=2", server.takeRequest().getPath());
    assertEquals("/api/processes?pageNumber=2&pageSize=2", server.takeRequest().getPath());
  }
}
