package com.omniroute.media.boundary;

import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.media.entity.MediaType;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.routing.boundary.ChangesRouting;
import com.omniroute.routing.boundary.ConfigurationChange;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The media types and their capacity policies. */
@Stateless
public class MediaTypeService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private AuditLog audit;

  /** Every media type, lowest precedence (served first) first. */
  @PermitAll
  public List<MediaType> list() {
    return em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList();
  }

  /** The same list, for the administration of the capacity model (API and console editor). */
  @RolesAllowed("superadmin")
  public List<MediaType> capacityModel() {
    return list();
  }

  @PermitAll
  public MediaType get(String code) {
    MediaType type = code == null ? null : em.find(MediaType.class, code.toUpperCase(Locale.ROOT));
    if (type == null) {
      throw ServiceException.notFound("Media type", code);
    }
    return type;
  }

  /** Replaces the capacity policy of one media type. */
  @ChangesRouting
  @RolesAllowed("superadmin")
  public MediaType update(String code, CapacityPolicyInput input) {
    MediaType type = get(code);
    var before = Snapshots.mediaType(type);
    List<Violation> violations = apply(type, input, "");
    if (!violations.isEmpty()) {
      throw refused(violations);
    }
    audited(type, before);
    written(List.of(type));
    return type;
  }

  /**
   * Replaces the capacity policies of several media types at once, in one transaction: every change
   * is written, or none. A change whose version is not the stored one was made from values someone
   * else has changed since: {@code CONFLICT}, and nothing is written. Refused fields are named
   * {@code CODE.field} ({@code CHAT.share}), all of them at once.
   */
  @ChangesRouting
  @RolesAllowed("superadmin")
  public List<MediaType> updateAll(List<CapacityPolicyChange> policyChanges) {
    List<MediaType> types = new ArrayList<>();
    List<Violation> stale = new ArrayList<>();
    for (CapacityPolicyChange change : policyChanges) {
      MediaType type = get(change.code());
      types.add(type);
      if (type.getVersion() != change.version()) {
        stale.add(staleViolation(type.getCode()));
      }
    }
    if (!stale.isEmpty()) {
      throw conflict(stale);
    }
    List<Violation> violations = new ArrayList<>();
    List<Map<String, Object>> before = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      MediaType type = types.get(i);
      before.add(Snapshots.mediaType(type));
      violations.addAll(apply(type, policyChanges.get(i).policy(), type.getCode() + "."));
    }
    if (!violations.isEmpty()) {
      throw refused(violations);
    }
    for (int i = 0; i < types.size(); i++) {
      audited(types.get(i), before.get(i));
    }
    written(types);
    return types;
  }

  /**
   * Sets the policy on the managed entity and answers what is wrong with it; the caller refuses
   * (and so rolls back) when anything is.
   */
  private List<Violation> apply(MediaType type, CapacityPolicyInput input, String prefix) {
    List<Violation> violations = new ArrayList<>();
    if (input.share() == null) {
      violations.add(new Violation(prefix + "share", "Share is required"));
    }
    if (input.requiredSpare() == null) {
      violations.add(new Violation(prefix + "requiredSpare", "Required spare is required"));
    }
    if (input.precedence() == null) {
      violations.add(new Violation(prefix + "precedence", "Precedence is required"));
    }
    TreeSet<String> overrides = new TreeSet<>();
    for (String overridden : input.overrides() == null ? List.<String>of() : input.overrides()) {
      String other = String.valueOf(overridden).toUpperCase(Locale.ROOT);
      if (other.equals(type.getCode())) {
        violations.add(new Violation(prefix + "overrides", "A media type cannot override itself"));
      } else if (em.find(MediaType.class, other) == null) {
        violations.add(
            new Violation(prefix + "overrides", "Media type " + overridden + " does not exist"));
      } else {
        overrides.add(other);
      }
    }
    if (!violations.isEmpty()) {
      return violations;
    }
    type.setShare(input.share());
    type.setRequiredSpare(input.requiredSpare());
    type.setPrecedence(input.precedence());
    type.getOverrides().clear();
    type.getOverrides().addAll(overrides);
    validator.validate(type).stream()
        .map(v -> new Violation(prefix + v.getPropertyPath(), v.getMessage()))
        .forEach(violations::add);
    return violations;
  }

  /**
   * Writes the changed types now, so that a concurrent change is found here and answered as a
   * conflict, and tells the engine after the commit. The version is forced up on every write, also
   * when only the overrides changed (they live in a table of their own), so that an editor holding
   * the old version can never overwrite them.
   */
  private void written(List<MediaType> types) {
    try {
      for (MediaType type : types) {
        em.lock(type, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      }
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(types.stream().map(t -> staleViolation(t.getCode())).toList());
    }
    types.forEach(t -> changes.fire(new ConfigurationChange.MediaPolicyChanged(t.getCode())));
  }

  /** Records a changed policy; unchanged ones (the editor saves every type) are left out. */
  private void audited(MediaType type, Map<String, Object> before) {
    audit.updated(
        AuditObjectType.MEDIA_TYPE,
        type.getCode(),
        type.getCode(),
        before,
        Snapshots.mediaType(type),
        List.of());
  }

  private static Violation staleViolation(String code) {
    return new Violation(
        code + ".version", code + " was changed by someone else since it was read");
  }

  private static ServiceException conflict(List<Violation> stale) {
    return new ServiceException(
        ErrorCode.CONFLICT,
        stale.stream().map(Violation::message).reduce((a, b) -> a + "; " + b).orElseThrow()
            + ": nothing was saved",
        stale);
  }

  private static ServiceException refused(List<Violation> found) {
    List<Violation> violations =
        found.stream()
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    String message =
        violations.size() == 1
            ? violations.get(0).message()
            : violations.size() + " fields are invalid: " + violations.get(0).message() + ", ...";
    return new ServiceException(ErrorCode.VALIDATION, message, violations);
  }
}
