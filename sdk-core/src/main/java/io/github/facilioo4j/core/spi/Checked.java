package io.github.facilioo4j.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.facilioo4j.core.internal.Json;
import io.github.facilioo4j.core.internal.mapping.PageEnvelope;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An answer that passed the constraints its schema states, checked while the body is parsed: an
 * answer that fails them is an {@link io.github.facilioo4j.core.errors.InvalidResponseException}
 * whose snippet is the body as sent, with the request's secrets masked. Generated operations
 * subclass it once per answer type and name a {@link Reader} for it; the subclass should carry
 * {@code @JsonClassDescription} naming what was expected, for messages. Immutable.
 *
 * @param <T> the type of the answer
 */
public abstract class Checked<T> {
  private final T value;

  /**
   * Wraps a checked answer.
   *
   * @param value the answer
   */
  protected Checked(T value) {
    this.value = value;
  }

  /**
   * Returns the checked answer.
   *
   * @return the answer
   */
  public final T value() {
    return value;
  }

  /**
   * Reads an answer of type {@code T} and refuses one that breaks its constraints.
   *
   * @param <T> the type of the answer
   * @param <C> the wrapper the generated code declares
   */
  public abstract static class Reader<T, C extends Checked<T>> extends StdDeserializer<C>
      implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient JavaType valueType;

    /** The answer's deserializer, found once when Jackson resolves this one. */
    private transient @Nullable JsonDeserializer<Object> valueDeserializer;

    private final transient Function<T, Map<String, List<String>>> constraints;
    private final transient Function<T, C> wrap;

    /**
     * Creates a reader.
     *
     * @param type the wrapper class
     * @param valueType the class of the answer
     * @param constraints the problems of a decoded answer, such as {@code
     *     ProcessRead::constraintViolations}
     * @param wrap wraps a checked answer
     */
    protected Reader(
        Class<C> type,
        Class<T> valueType,
        Function<T, Map<String, List<String>>> constraints,
        Function<T, C> wrap) {
      super(type);
      this.valueType = Json.mapper().constructType(valueType);
      this.constraints = constraints;
      this.wrap = wrap;
    }

    /**
     * Looks the answer's deserializer up once, so that reading an answer does not look it up again.
     *
     * @param context the context Jackson resolves this deserializer in
     * @throws JsonMappingException when the answer type has no deserializer
     */
    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
      valueDeserializer = context.findRootValueDeserializer(valueType);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable C deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonDeserializer<Object> found = valueDeserializer;
      T value =
          found != null
              ? (T) found.deserialize(parser, context)
              : context.<T>readValue(parser, valueType);
      if (value == null) {
        return null;
      }
      String problem = ResponseCheck.problem(constraints.apply(value), null);
      if (problem != null) {
        context.reportInputMismatch(this, "%s", problem);
      }
      return wrap.apply(value);
    }
  }

  /**
   * Reads a page of {@code T} and refuses a {@code null} item or an item that breaks its
   * constraints.
   *
   * @param <T> the item type
   * @param <E> the envelope subclass the generated code declares
   */
  public abstract static class PageReader<T, E extends PageEnvelope<T>> extends StdDeserializer<E>
      implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient JavaType envelopeType;

    /** The envelope's deserializer, found once when Jackson resolves this one. */
    private transient @Nullable JsonDeserializer<Object> envelopeDeserializer;

    private final transient Function<T, Map<String, List<String>>> constraints;
    private final transient Function<PageEnvelope<T>, E> wrap;

    /**
     * Creates a reader.
     *
     * @param type the envelope subclass
     * @param itemType the class of the items
     * @param constraints the problems of a decoded item
     * @param wrap copies a checked envelope into the subclass
     */
    protected PageReader(
        Class<E> type,
        Class<T> itemType,
        Function<T, Map<String, List<String>>> constraints,
        Function<PageEnvelope<T>, E> wrap) {
      super(type);
      this.envelopeType =
          Json.mapper().getTypeFactory().constructParametricType(PageEnvelope.class, itemType);
      this.constraints = constraints;
      this.wrap = wrap;
    }

    /**
     * Looks the envelope's deserializer up once, so that reading a page does not look it up again.
     *
     * @param context the context Jackson resolves this deserializer in
     * @throws JsonMappingException when the envelope type has no deserializer
     */
    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
      envelopeDeserializer = context.findRootValueDeserializer(envelopeType);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonDeserializer<Object> found = envelopeDeserializer;
      PageEnvelope<T> page =
          found != null
              ? (PageEnvelope<T>) found.deserialize(parser, context)
              : context.<PageEnvelope<T>>readValue(parser, envelopeType);
      List<T> items = page.items();
      for (int i = 0; i < items.size(); i++) {
        T item = items.get(i);
        if (item == null) {
          context.reportInputMismatch(this, "items[%d] is null", i);
        }
        String problem = ResponseCheck.problem(constraints.apply(item), "items[" + i + "]");
        if (problem != null) {
          context.reportInputMismatch(this, "%s", problem);
        }
      }
      return wrap.apply(page);
    }
  }
}
