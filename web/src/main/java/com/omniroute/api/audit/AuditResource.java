package com.omniroute.api.audit;

import com.omniroute.audit.boundary.AuditFilter;
import com.omniroute.audit.boundary.AuditService;
import com.omniroute.audit.entity.AuditEntry;
import com.omniroute.platform.boundary.ServiceException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /audit}: the audit log, newest first, within the caller's security groups; admins and
 * superadmins (docs/audit.md).
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** Entries one answer holds unless {@code max} says otherwise. */
  static final int DEFAULT_MAX = 100;

  /** One entry; {@code before} and {@code after} are the object's JSON snapshots. */
  public record AuditEntryJson(
      Long id,
      Instant at,
      String username,
      String action,
      String objectType,
      String objectId,
      String objectName,
      List<Long> securityGroupIds,
      JsonValue before,
      JsonValue after) {

    static AuditEntryJson of(AuditEntry entry) {
      return new AuditEntryJson(
          entry.getId(),
          entry.getAt(),
          entry.getUsername(),
          entry.getAction().name(),
          entry.getObjectType().name(),
          entry.getObjectId(),
          entry.getObjectName(),
          entry.getSecurityGroupIds().stream().sorted().toList(),
          parsed(entry.getBefore()),
          parsed(entry.getAfter()));
    }

    private static JsonValue parsed(String json) {
      if (json == null) {
        return null;
      }
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        return reader.readValue();
      }
    }
  }

  @Inject private AuditService audit;

  @GET
  public List<AuditEntryJson> find(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("username") String username,
      @QueryParam("first") String first,
      @QueryParam("max") String max) {
    AuditFilter filter =
        new AuditFilter(instant("from", from), instant("to", to), objectType, objectId, username);
    return audit.find(filter, number("first", first, 0), number("max", max, DEFAULT_MAX)).stream()
        .map(AuditEntryJson::of)
        .toList();
  }

  static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ServiceException.invalid(
          field,
          "'" + text + "' is not an ISO-8601 instant in UTC (for example 2026-12-01T00:00:00Z)");
    }
  }

  static int number(String field, String text, int otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(field, "'" + text + "' is not a whole number");
    }
  }
}
