package com.omniroute.media.boundary;

import com.omniroute.media.entity.MediaType;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.ConfigurationChange;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The media types and their capacity policies. */
@Stateless
public class MediaTypeService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  /** Every media type, lowest precedence (served first) first. */
  @PermitAll
  public List<MediaType> list() {
    return em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList();
  }

  /** The same list, for the API's administration of the capacity model. */
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
  @RolesAllowed("superadmin")
  public MediaType update(String code, CapacityPolicyInput input) {
    MediaType type = get(code);
    if (input.share() == null) {
      throw ServiceException.invalid("share", "Share is required");
    }
    if (input.requiredSpare() == null) {
      throw ServiceException.invalid("requiredSpare", "Required spare is required");
    }
    if (input.precedence() == null) {
      throw ServiceException.invalid("precedence", "Precedence is required");
    }
    TreeSet<String> overrides = new TreeSet<>();
    for (String overridden : input.overrides() == null ? List.<String>of() : input.overrides()) {
      String other = String.valueOf(overridden).toUpperCase(Locale.ROOT);
      if (other.equals(type.getCode())) {
        throw ServiceException.invalid("overrides", "A media type cannot override itself");
      }
      if (em.find(MediaType.class, other) == null) {
        throw ServiceException.invalid("overrides", "Media type " + overridden + " does not exist");
      }
      overrides.add(other);
    }
    type.setShare(input.share());
    type.setRequiredSpare(input.requiredSpare());
    type.setPrecedence(input.precedence());
    type.getOverrides().clear();
    type.getOverrides().addAll(overrides);
    Checks.valid(validator, type);
    changes.fire(new ConfigurationChange.MediaPolicyChanged(type.getCode()));
    return type;
  }
}
