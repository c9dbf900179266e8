package com.omniroute.console.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an audit entry's before and after snapshots (JSON objects) differ in, field by field, in the
 * snapshots' own order: for a change only the fields that changed; for a creation (no before) or a
 * deletion (no after) every field. Strings are shown without quotes, other values as JSON.
 */
public final class Differences {

  private Differences() {}

  public static List<FieldChange> between(String beforeJson, String afterJson) {
    JsonObject before = object(beforeJson);
    JsonObject after = object(afterJson);
    Set<String> fields = new LinkedHashSet<>();
    if (before != null) {
      fields.addAll(before.keySet());
    }
    if (after != null) {
      fields.addAll(after.keySet());
    }
    boolean both = before != null && after != null;
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String was = before == null ? null : text(before.get(field));
      String is = after == null ? null : text(after.get(field));
      if (!both || !Objects.equals(was, is)) {
        changes.add(new FieldChange(field, was, is));
      }
    }
    return changes;
  }

  private static JsonObject object(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }
}
