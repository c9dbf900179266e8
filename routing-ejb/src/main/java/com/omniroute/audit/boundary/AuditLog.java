package com.omniroute.audit.boundary;

import com.omniroute.audit.entity.AuditAction;
import com.omniroute.audit.entity.AuditEntry;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.security.boundary.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records configuration changes and supervisor actions in the audit log, inside the transaction of
 * the change ({@code MANDATORY}): a change that rolls back, refused by a service or by the routing
 * engine, leaves no entry, and an entry that cannot be written fails the change. The services call
 * it after their checks, just before they hand the change to the engine.
 *
 * <p>Open to every caller: the boundaries that call it have checked the caller's roles already.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

  /** Thread-safe; learns the snapshot types once. */
  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  /** The caller created an object. */
  public void created(
      AuditObjectType type,
      Object id,
      String name,
      Map<String, Object> after,
      Collection<Long> groups) {
    record(callers.current().username(), AuditAction.CREATED, type, id, name, null, after, groups);
  }

  /** The caller changed an object; nothing is recorded when nothing changed. */
  public void updated(
      AuditObjectType type,
      Object id,
      String name,
      Map<String, Object> before,
      Map<String, Object> after,
      Collection<Long> groups) {
    if (!Objects.equals(before, after)) {
      record(
          callers.current().username(), AuditAction.UPDATED, type, id, name, before, after, groups);
    }
  }

  /** The caller deleted an object. */
  public void deleted(
      AuditObjectType type,
      Object id,
      String name,
      Map<String, Object> before,
      Collection<Long> groups) {
    record(callers.current().username(), AuditAction.DELETED, type, id, name, before, null, groups);
  }

  /**
   * Records an entry on behalf of a named user: for changes made on a thread that does not run as
   * that user (the routing engine's commit groups).
   */
  public void record(
      String username,
      AuditAction action,
      AuditObjectType type,
      Object id,
      String name,
      Map<String, Object> before,
      Map<String, Object> after,
      Collection<Long> groups) {
    Set<Long> distinct = new LinkedHashSet<>(groups);
    distinct.remove(null);
    em.persist(
        new AuditEntry(
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            username,
            action,
            type,
            String.valueOf(id),
            name,
            distinct,
            json(before),
            json(after)));
  }

  private static String json(Map<String, Object> snapshot) {
    return snapshot == null ? null : JSONB.toJson(snapshot);
  }
}
