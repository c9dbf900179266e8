package com.omniroute.campaign.boundary;

import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.campaign.control.CampaignSort;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.MessageKey;
import com.omniroute.platform.boundary.Page;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.boundary.ChangesRouting;
import com.omniroute.routing.boundary.ConfigurationChange;
import com.omniroute.routing.boundary.RoutingEngine;
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
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Campaigns of the caller's security groups. */
@Stateless
@RolesAllowed({"admin", "superadmin"})
public class CampaignService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Event<ConfigurationChange> changes;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  @Inject private RoutingEngine engine;

  public List<Campaign> list() {
    return Visibility.inCallersGroups(
        em, callers.current(), Campaign.FIND_IN_GROUPS, Campaign.class);
  }

  /** The most rows one page of the list may have. */
  public static final int MAX_PAGE_SIZE = Page.UP_TO_100;

  /** How many campaigns of the caller's security groups the filter lets through. */
  public long count(CampaignFilter filter) {
    List<Long> groups = Visibility.groupIds(em, callers.current());
    if (groups.isEmpty()) {
      return 0;
    }
    Set<Long> open = filter.open() == null ? Set.of() : engine.openCampaignIds();
    return new CampaignListQuery(em, groups, open).count(filter);
  }

  /**
   * One page of the campaigns of the caller's security groups that the filter lets through, sorted
   * and paged by the database (name and id break ties). Sorted by {@link CampaignSort#OPEN}, the
   * closed campaigns come before the open ones ({@code descending}: after), each part by name.
   */
  public List<CampaignListing> page(
      CampaignFilter filter, CampaignSort sort, boolean descending, int first, int size) {
    Checks.page(validator, first, size, Page.UpTo100.class);
    List<Long> groups = Visibility.groupIds(em, callers.current());
    if (groups.isEmpty()) {
      return List.of();
    }
    return new CampaignListQuery(em, groups, engine.openCampaignIds())
        .page(filter, sort, descending, first, size);
  }

  /**
   * Where the campaign stands in the unfiltered list of the caller's campaigns sorted by name (0
   * for the first), so that a page can open at the page that shows it.
   *
   * @throws ServiceException {@code NOT_FOUND} for an id that does not exist or is outside the
   *     caller's groups
   */
  public long positionByName(long id) {
    Caller caller = callers.current();
    Campaign campaign = visible(caller, id);
    return em.createNamedQuery(Campaign.COUNT_BEFORE_BY_NAME, Long.class)
        .setParameter("groups", Visibility.groupIds(em, caller))
        .setParameter("name", campaign.getName())
        .setParameter("id", campaign.getId())
        .getSingleResult();
  }

  /**
   * The campaigns with the given ids, as the list shows them, by name.
   *
   * @throws ServiceException {@code NOT_FOUND} for an id that does not exist or is outside the
   *     caller's groups
   */
  public List<CampaignListing> listings(Collection<Long> ids) {
    Caller caller = callers.current();
    Visibility.requireAllVisible(em, caller, Campaign.GROUPS_OF, ids, "Campaign");
    List<Long> groups = Visibility.groupIds(em, caller);
    if (ids.isEmpty() || groups.isEmpty()) {
      return List.of();
    }
    return new CampaignListQuery(em, groups, engine.openCampaignIds()).withIds(ids);
  }

  /** The campaign, if it is in one of the caller's groups. Also used by supervisors. */
  @RolesAllowed({"admin", "superadmin", "supervisor"})
  public Campaign get(long id) {
    return visible(callers.current(), id);
  }

  @ChangesRouting
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
    audit.created(
        AuditObjectType.CAMPAIGN,
        campaign.getId(),
        campaign.getName(),
        Snapshots.campaign(campaign),
        List.of(campaign.getSecurityGroup().getId()));
    changes.fire(new ConfigurationChange.CampaignChanged(campaign.getId()));
    return campaign;
  }

  @ChangesRouting
  public Campaign update(long id, CampaignInput input) {
    Caller caller = callers.current();
    Campaign campaign = visible(caller, id);
    var before = Snapshots.campaign(campaign);
    long formerGroup = campaign.getSecurityGroup().getId();
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
    audit.updated(
        AuditObjectType.CAMPAIGN,
        id,
        campaign.getName(),
        before,
        Snapshots.campaign(campaign),
        List.of(formerGroup, campaign.getSecurityGroup().getId()));
    changes.fire(new ConfigurationChange.CampaignChanged(id));
    return campaign;
  }

  @ChangesRouting
  public void delete(long id) {
    Campaign campaign = visible(callers.current(), id);
    long interactions =
        em.createNamedQuery(Interaction.COUNT_OF_CAMPAIGN, Long.class)
            .setParameter("campaign", campaign)
            .getSingleResult();
    if (interactions > 0) {
      throw new ServiceException(
              ErrorCode.CONFLICT,
              "Campaign "
                  + campaign.getName()
                  + " has "
                  + interactions
                  + " interaction(s) in its history; disable it instead of deleting it")
          .keyed("refusal.campaignHasHistory", campaign.getName(), interactions);
    }
    em.createNamedQuery(CampaignMember.DELETE_OF_CAMPAIGN)
        .setParameter("campaign", campaign)
        .executeUpdate();
    audit.deleted(
        AuditObjectType.CAMPAIGN,
        id,
        campaign.getName(),
        Snapshots.campaign(campaign),
        List.of(campaign.getSecurityGroup().getId()));
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
      throw ServiceException.invalid(
          "schedule",
          e.getMessage(),
          MessageKey.of(
              e.group() > 0 ? "schedule.at" : "schedule.atPosition",
              e.group(),
              e.position(),
              new MessageKey(
                  "schedule.error." + e.code(),
                  e.arguments().stream().map(Serializable.class::cast).toList())));
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

  /**
   * A stored campaign's outlook: {@code open} is whether it accepts new interactions now, so
   * enabled and open in the engine (which acts on the schedule), the next opening and closing are
   * its schedule's. One place for the three, so the API does not take them from two services.
   */
  @RolesAllowed({"admin", "superadmin", "supervisor"})
  public Outlook outlook(Campaign campaign) {
    Outlook schedule =
        Outlook.of(
            Schedule.parse(campaign.getSchedule()),
            ZoneId.of(campaign.getTimeZone()),
            Instant.now());
    return new Outlook(
        campaign.isEnabled() && engine.queue(campaign.getId()).open(),
        schedule.nextOpening(),
        schedule.nextClosing());
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
        em.createNamedQuery(Campaign.COUNT_NAMED_IN_GROUP, Long.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("group", campaign.getSecurityGroup())
            .setParameter("name", campaign.getName())
            .setParameter("id", campaign.getId())
            .getSingleResult();
    if (same > 0) {
      throw new ServiceException(
              ErrorCode.CONFLICT,
              "A campaign named "
                  + campaign.getName()
                  + " already exists in security group "
                  + campaign.getSecurityGroup().getName())
          .keyed(
              "refusal.campaignNameTaken",
              campaign.getName(),
              campaign.getSecurityGroup().getName());
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
