package io.github.facilioo4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The properties of a JSON object in document order, through API that every supported Jackson 2.x
 * has.
 *
 * <p>{@code JsonNode.properties()} only exists from Jackson 2.15 and {@code fields()} is deprecated
 * in newer versions; {@code fieldNames()} and {@code get(String)} are in both. Stateless and
 * thread-safe.
 */
public final class JsonFields {
  private JsonFields() {}

  /**
   * Lists the properties of a JSON object.
   *
   * @param node the node, not {@code null}; a node that is not an object has no properties
   * @return a new list of (name, value) entries in document order; never {@code null}, empty for
   *     anything but a non-empty object; the values are the node's own children, not copies
   */
  public static List<Map.Entry<String, JsonNode>> of(JsonNode node) {
    if (!node.isObject() || node.size() == 0) {
      return Collections.emptyList();
    }
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>(node.size());
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      out.add(new AbstractMap.SimpleImmutableEntry<>(name, node.get(name)));
    }
    return out;
  }
}
