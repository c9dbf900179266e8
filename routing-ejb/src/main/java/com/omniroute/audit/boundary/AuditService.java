package com.omniroute.audit.boundary;

import com.omniroute.audit.entity.AuditEntry;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.Page;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the audit log, newest first, within the caller's security groups: a superadmin sees every
 * entry, an admin the entries of their groups and none of the objects outside every group (users,
 * security groups, media types). Supervisors act on agents but do not read the log (docs/audit.md).
 */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class AuditService {

  /** The most entries one page may have. */
  public static final int MAX_PAGE_SIZE = Page.UP_TO_500;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Validator validator;

  /**
   * A page of the entries the filter lets through, newest first.
   *
   * @throws ServiceException {@code VALIDATION} naming {@code first}, {@code max}, {@code to} or
   *     {@code objectType} when out of range
   */
  public List<AuditEntry> find(AuditFilter filter, int first, int max) {
    Checks.page(validator, first, max, Page.UpTo500.class);
    return query(AuditEntry.SELECT, AuditEntry.NEWEST_FIRST, AuditEntry.class, filter)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many entries the filter lets through. */
  public long count(AuditFilter filter) {
    return query(AuditEntry.COUNT, "", Long.class, filter).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, String order, Class<T> type, AuditFilter filter) {
    Caller caller = callers.current();
    AuditObjectType objectType = objectType(filter.objectType());
    if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
      throw ServiceException.invalid("to", "To must be later than from");
    }
    StringBuilder jpql = new StringBuilder(select);
    if (filter.from() != null) {
      jpql.append(AuditEntry.FROM);
    }
    if (filter.to() != null) {
      jpql.append(AuditEntry.TO);
    }
    if (objectType != null) {
      jpql.append(AuditEntry.OF_TYPE);
    }
    if (present(filter.objectId())) {
      jpql.append(AuditEntry.OF_OBJECT);
    }
    if (present(filter.username())) {
      jpql.append(AuditEntry.BY_USER);
    }
    if (!caller.isSuperadmin()) {
      jpql.append(AuditEntry.IN_GROUPS);
    }
    // Not a named query: assembled at run time from AuditEntry's parts, only the filters given.
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (filter.from() != null) {
      query.setParameter("from", filter.from());
    }
    if (filter.to() != null) {
      query.setParameter("to", filter.to());
    }
    if (objectType != null) {
      query.setParameter("objectType", objectType);
    }
    if (present(filter.objectId())) {
      query.setParameter("objectId", filter.objectId().strip());
    }
    if (present(filter.username())) {
      query.setParameter("username", filter.username().strip());
    }
    if (!caller.isSuperadmin()) {
      // IN () is not SQL; no group has a negative id, so this list matches none.
      query.setParameter(
          "groups", caller.securityGroupIds().isEmpty() ? List.of(-1L) : caller.securityGroupIds());
    }
    return query;
  }

  private static AuditObjectType objectType(String name) {
    if (!present(name)) {
      return null;
    }
    try {
      return AuditObjectType.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServiceException.invalid(
          "objectType",
          "Object type must be one of "
              + Arrays.stream(AuditObjectType.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
