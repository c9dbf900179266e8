package com.omniroute.campaign.boundary;

import com.omniroute.campaign.entity.Campaign;
import com.omniroute.media.entity.MediaType;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.ConfigurationChange;
import com.omniroute.schedule.control.Schedule;
import com.omniroute.schedule.control.ScheduleException;
import com.omniroute.security.boundary.Caller;
import com.omniroute.security.boundary.Callers;
import com.omniroute.security.boundary.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Campaigns of the caller's security groups. */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class CampaignService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  public List<Campaign> list() {
    return Visibility.inCallersGroups(
        em, callers.current(), Campaign.FIND_IN_GROUPS, Campaign.class);
  }

  /** The campaign, if it is in one of the caller's groups. Also used by supervisors. */
  @RolesAllowed({"admin", "superadmin", "supervisor"})
  public Campaign get(long id) {
    return visible(callers.current(), id);
  }

  public Campaign create(CampaignInput input) {
    Caller caller = callers.current();
    Campaign campaign =
        new Campaign(
            strip(input.name()),
            mediaType(input.mediaType()),
            Visibility.usableGroup(em, caller, input.securityGroupId()));
    apply(campaign, input);
    Checks.valid(validator, campaign);
    requireUniqueName(campaign);
    em.persist(campaign);
    changes.fire(new ConfigurationChange.CampaignChanged(campaign.getId()));
    return campaign;
  }

  public Campaign update(long id, CampaignInput input) {
    Caller caller = callers.current();
    Campaign campaign = visible(caller, id);
    if (input.name() != null) {
      campaign.setName(strip(input.name()));
    }
    if (input.mediaType() != null) {
      campaign.setMediaType(mediaType(input.mediaType()));
    }
    if (input.securityGroupId() != null) {
      campaign.setSecurityGroup(Visibility.usableGroup(em, caller, input.securityGroupId()));
    }
    apply(campaign, input);
    Checks.valid(validator, campaign);
    requireUniqueName(campaign);
    changes.fire(new ConfigurationChange.CampaignChanged(id));
    return campaign;
  }

  public void delete(long id) {
    Campaign campaign = visible(callers.current(), id);
    long interactions =
        em.createQuery("SELECT COUNT(i) FROM Interaction i WHERE i.campaign = :c", Long.class)
            .setParameter("c", campaign)
            .getSingleResult();
    if (interactions > 0) {
      throw new ServiceException(
          ErrorCode.CONFLICT,
          "Campaign "
              + campaign.getName()
              + " has "
              + interactions
              + " interaction(s) in its history; disable it instead of deleting it");
    }
    em.createQuery("DELETE FROM CampaignMember m WHERE m.campaign = :c")
        .setParameter("c", campaign)
        .executeUpdate();
    em.remove(campaign);
    changes.fire(new ConfigurationChange.CampaignChanged(id));
  }

  private static void apply(Campaign campaign, CampaignInput input) {
    set(input.enabled(), campaign::setEnabled);
    set(input.serviceLevelSeconds(), campaign::setServiceLevelSeconds);
    set(input.dropoutSeconds(), campaign::setDropoutSeconds);
    set(input.chatTimeLimitSeconds(), campaign::setChatTimeLimitSeconds);
    set(input.acdLimit(), campaign::setAcdLimit);
    set(input.maxInteractionsPerAgent(), campaign::setMaxInteractionsPerAgent);
    set(input.schedule() == null ? null : schedule(input.schedule()), campaign::setSchedule);
    set(input.timeZone() == null ? null : input.timeZone().strip(), campaign::setTimeZone);
    set(input.offerTimeoutSeconds(), campaign::setOfferTimeoutSeconds);
    set(input.wrapUpSeconds(), campaign::setWrapUpSeconds);
  }

  /** The schedule in its stored (normalised) form; a malformed one is refused naming the field. */
  private static String schedule(String text) {
    try {
      return Schedule.parse(text).normalized();
    } catch (ScheduleException e) {
      throw ServiceException.invalid("schedule", e.getMessage());
    }
  }

  /** Whether the campaign's schedule has it open now, and when it next opens and closes. */
  public record Outlook(boolean open, Instant nextOpening, Instant nextClosing) {

    /** What a schedule read in a zone says at an instant; also for values not saved yet. */
    public static Outlook of(Schedule schedule, ZoneId zone, Instant at) {
      return new Outlook(
          schedule.isOpen(at, zone),
          schedule.nextOpening(at, zone).orElse(null),
          schedule.nextClosing(at, zone).orElse(null));
    }
  }

  @RolesAllowed({"admin", "superadmin", "supervisor"})
  public Outlook outlook(Campaign campaign) {
    return Outlook.of(
        Schedule.parse(campaign.getSchedule()), ZoneId.of(campaign.getTimeZone()), Instant.now());
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private MediaType mediaType(String code) {
    MediaType type = code == null ? null : em.find(MediaType.class, code.strip());
    if (code == null) {
      throw ServiceException.invalid("mediaType", "Media type is required");
    }
    if (type == null) {
      throw ServiceException.invalid("mediaType", "Media type " + code + " does not exist");
    }
    return type;
  }

  private Campaign visible(Caller caller, long id) {
    return Visibility.visible(
        em, caller, Campaign.class, id, "Campaign", Campaign::getSecurityGroup);
  }

  private void requireUniqueName(Campaign campaign) {
    // Compares with what is stored: COMMIT flush mode keeps the pending change out of the query.
    long same =
        em.createQuery(
                "SELECT COUNT(c) FROM Campaign c WHERE c.securityGroup = :g AND c.name = :n"
                    + " AND (:id IS NULL OR c.id <> :id)",
                Long.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("g", campaign.getSecurityGroup())
            .setParameter("n", campaign.getName())
            .setParameter("id", campaign.getId())
            .getSingleResult();
    if (same > 0) {
      throw new ServiceException(
          ErrorCode.CONFLICT,
          "A campaign named "
              + campaign.getName()
              + " already exists in security group "
              + campaign.getSecurityGroup().getName());
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
