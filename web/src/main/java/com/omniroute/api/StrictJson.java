package com.omniroute.api;

import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads every JSON request body strictly before JSON-B binds it, because JSON-B coerces silently: a
 * number out of range wraps around, a fraction is cut, {@code "yes"} becomes false, and whatever
 * follows the first JSON value is ignored. Here the body must be exactly one JSON value of at most
 * {@link #MAX_BYTES}; each field of the target record must have its Java type (a whole number in
 * range for {@code Integer} and {@code Long}, {@code true} or {@code false} for {@code Boolean}, a
 * string for {@code String}, an array for a list); and strings hold no control characters (names
 * not even tabs or line breaks). A refusal is a {@code VALIDATION} error naming the field. Fields
 * the record does not have are left to JSON-B, which ignores them.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

  /** The largest request body read: far above any body of this API. */
  public static final int MAX_BYTES = 1 << 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() == null
        || !context.getMediaType().getSubtype().toLowerCase(Locale.ROOT).endsWith("json")) {
      return context.proceed();
    }
    String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
    if (length != null && length.length() > 0 && parses(length) > MAX_BYTES) {
      throw tooLarge();
    }
    byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
    if (body.length > 0) {
      check(body, context.getGenericType());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Refuses a body that is not exactly one JSON value fitting the target type. */
  static void check(byte[] body, Type target) {
    JsonValue value;
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      if (!parser.hasNext()) {
        return;
      }
      parser.next();
      value = parser.getValue();
      if (parser.hasNext()) {
        throw ServiceException.invalid("body", "The request body must be one JSON value only");
      }
    } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
      throw ServiceException.invalid("body", "The request body is not valid JSON");
    }
    List<Violation> violations = new ArrayList<>();
    check(value, target, "", violations);
    if (!violations.isEmpty()) {
      throw new ServiceException(ErrorCode.VALIDATION, violations.get(0).message(), violations);
    }
  }

  private static void check(JsonValue value, Type type, String field, List<Violation> out) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        out.add(new Violation(field, field + " must be a list"));
        return;
      }
      for (JsonValue element : array) {
        check(element, generic.getActualTypeArguments()[0], field, out);
      }
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    if (c == Integer.class || c == int.class) {
      whole(value, field, out, true);
    } else if (c == Long.class || c == long.class) {
      whole(value, field, out, false);
    } else if (c == Boolean.class || c == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        out.add(new Violation(field, field + " must be true or false"));
      }
    } else if (c == String.class) {
      if (!(value instanceof JsonString string)) {
        out.add(new Violation(field, field + " must be a string"));
      } else if (hasControlCharacters(string.getString(), isName(field))) {
        out.add(new Violation(field, field + " must not contain control characters"));
      }
    } else if (c.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        out.add(new Violation(field.isEmpty() ? "body" : field, "A JSON object is expected"));
        return;
      }
      for (RecordComponent component : c.getRecordComponents()) {
        String name = component.getName();
        check(
            object.get(name),
            component.getGenericType(),
            field.isEmpty() ? name : field + "." + name,
            out);
      }
    }
  }

  private static void whole(JsonValue value, String field, List<Violation> out, boolean integer) {
    String message =
        field
            + " must be a whole number from "
            + (integer
                ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                : Long.MIN_VALUE + " to " + Long.MAX_VALUE);
    if (!(value instanceof JsonNumber number)) {
      out.add(new Violation(field, message));
      return;
    }
    BigDecimal decimal = number.bigDecimalValue();
    try {
      if (integer) {
        decimal.intValueExact();
      } else {
        decimal.longValueExact();
      }
    } catch (ArithmeticException e) {
      out.add(new Violation(field, message));
    }
  }

  /** Names, logins and usernames are one line of text; other strings may hold tabs and lines. */
  private static boolean isName(String field) {
    String last = field.substring(field.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return last.endsWith("name") || last.equals("login");
  }

  static boolean hasControlCharacters(String text, boolean singleLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean layout = c == '\t' || c == '\n' || c == '\r';
      if ((Character.isISOControl(c) && (singleLine || !layout))
          || c == '\u2028'
          || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
      if (out.size() + n > max) {
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static long parses(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static ServiceException tooLarge() {
    return ServiceException.invalid(
        "body", "The request body is larger than " + (MAX_BYTES >> 10) + " KB");
  }
}
