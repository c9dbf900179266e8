package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignInput;
import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.campaign.entity.CampaignDefaults;
import com.omniroute.console.layout.Refusals;
import com.omniroute.console.layout.Texts;
import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.entity.MediaType;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.schedule.control.Schedule;
import com.omniroute.schedule.control.ScheduleException;
import com.omniroute.schedule.control.WeeklyPreview;
import com.omniroute.security.boundary.SecurityGroupService;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code admin/campaigns/edit.xhtml}: one campaign's every field ({@code ?id=N}), or a new
 * one (no id). The service decides what is valid and what the caller may see; a refusal lands on
 * the field it names. The weekly preview and the open/closed indicator follow the schedule and time
 * zone as they are typed, before anything is saved.
 */
@Named
@ViewScoped
public class EditCampaignBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id: each field's component id is the service's field name. */
  static final String FORM = "campaignForm";

  /** Refused fields whose component has another name than the service's field. */
  private static final Map<String, String> COMPONENT_OF =
      Map.of("securityGroup", "securityGroupId");

  @Inject private CampaignService campaigns;

  @Inject private MediaTypeService mediaTypes;

  @Inject private SecurityGroupService securityGroups;

  @Inject private Texts texts;

  private Long id;
  private boolean notFound;
  private List<String> channels;
  private List<SecurityGroup> groups;

  private String name;
  private String mediaType;
  private Long securityGroupId;
  private boolean enabled = CampaignDefaults.ENABLED;
  private Integer serviceLevelSeconds = CampaignDefaults.SERVICE_LEVEL_SECONDS;
  private Integer dropoutSeconds = CampaignDefaults.DROPOUT_SECONDS;
  private Integer chatTimeLimitSeconds = CampaignDefaults.CHAT_TIME_LIMIT_SECONDS;
  private Integer acdLimit = CampaignDefaults.ACD_LIMIT;
  private Integer maxInteractionsPerAgent = CampaignDefaults.MAX_INTERACTIONS_PER_AGENT;
  private String schedule = CampaignDefaults.SCHEDULE;
  private String timeZone = CampaignDefaults.TIME_ZONE;

  /** The zone as saved, which the picker keeps among its choices even if it is an alias. */
  private String savedTimeZone;

  private Integer offerTimeoutSeconds = CampaignDefaults.OFFER_TIMEOUT_SECONDS;
  private Integer wrapUpSeconds = CampaignDefaults.WRAP_UP_SECONDS;

  /** The campaign's name as stored, for the delete question and its feedback. */
  private String storedName;

  /** Whether the schedule as typed is refused, so the preview still shows the last valid one. */
  private boolean scheduleRefused;

  /** The view action: the campaign to edit, or the choices of a new one. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    channels = mediaTypes.list().stream().map(MediaType::getCode).toList();
    groups = securityGroups.visibleToCaller();
    if (id == null) {
      mediaType = channels.isEmpty() ? null : channels.get(0);
      securityGroupId = groups.isEmpty() ? null : groups.get(0).getId();
      return;
    }
    try {
      show(campaigns.get(id));
    } catch (ServiceException e) {
      if (e.code() != ErrorCode.NOT_FOUND) {
        throw e;
      }
      // Unknown and outside the caller's groups read the same: nothing tells them apart.
      notFound = true;
      Refusals.notFound(FacesContext.getCurrentInstance());
    }
  }

  private void show(Campaign campaign) {
    storedName = campaign.getName();
    name = campaign.getName();
    mediaType = campaign.getMediaType().getCode();
    securityGroupId = campaign.getSecurityGroup().getId();
    enabled = campaign.isEnabled();
    serviceLevelSeconds = campaign.getServiceLevelSeconds();
    dropoutSeconds = campaign.getDropoutSeconds();
    chatTimeLimitSeconds = campaign.getChatTimeLimitSeconds();
    acdLimit = campaign.getAcdLimit();
    maxInteractionsPerAgent = campaign.getMaxInteractionsPerAgent();
    schedule = campaign.getSchedule();
    timeZone = campaign.getTimeZone();
    savedTimeZone = timeZone;
    offerTimeoutSeconds = campaign.getOfferTimeoutSeconds();
    wrapUpSeconds = campaign.getWrapUpSeconds();
  }

  /** Saves through the service and returns to the list, or shows each refusal on its field. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    CampaignInput input =
        new CampaignInput(
            name,
            mediaType,
            securityGroupId,
            enabled,
            serviceLevelSeconds,
            dropoutSeconds,
            chatTimeLimitSeconds,
            acdLimit,
            maxInteractionsPerAgent,
            schedule == null ? "" : schedule,
            timeZone,
            offerTimeoutSeconds,
            wrapUpSeconds);
    try {
      if (id == null) {
        campaigns.create(input);
      } else {
        campaigns.update(id, input);
      }
    } catch (ServiceException e) {
      refused(faces, e);
      return null;
    }
    faces.addMessage(null, texts.info("campaign.saved", name));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/admin/campaigns/list?faces-redirect=true";
  }

  private void refused(FacesContext faces, ServiceException e) {
    if (e.code() == ErrorCode.NOT_FOUND) {
      faces.validationFailed();
      notFound = true;
      return;
    }
    Refusals.show(
        faces, FORM, e, COMPONENT_OF, texts.error("campaign.notSaved", e.violations().size()));
  }

  /**
   * Deletes the campaign (after the page's confirmation) and returns to the list. A campaign with
   * interactions in its history stays: the service refuses, and the page says why and what to do
   * instead.
   */
  public String delete() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      campaigns.delete(id);
    } catch (ServiceException e) {
      faces.addMessage(
          null,
          switch (e.code()) {
            case NOT_FOUND -> texts.error("campaign.notFound");
            case CONFLICT -> texts.error("campaign.notDeletedHistory", storedName);
            default -> texts.error("campaign.notDeleted", storedName, e.getMessage());
          });
      return null;
    }
    faces.addMessage(null, texts.info("campaign.deleted", storedName));
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/admin/campaigns/list?faces-redirect=true";
  }

  /** The question the Delete button asks, naming the campaign as stored. */
  public String getDeleteQuestion() {
    return texts.text("campaign.deleteQuestion", storedName);
  }

  /** The schedule field's validator, also run as the user types: the parser's own words. */
  public void validateSchedule(FacesContext faces, UIComponent component, Object value) {
    try {
      Schedule.parse(value == null ? "" : value.toString());
      scheduleRefused = false;
    } catch (ScheduleException e) {
      scheduleRefused = true;
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.schedule(e), null));
    }
  }

  // ---------------------------------------------------------------- the weekly preview

  private Schedule typedSchedule() {
    return Schedule.parse(schedule);
  }

  private ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public boolean isScheduleRefused() {
    return scheduleRefused;
  }

  public boolean isAlwaysOpen() {
    return typedSchedule().isAlwaysOpen();
  }

  /** Monday to Sunday, each with its open hours in an ordinary week. */
  public List<DayLine> getWeek() {
    WeeklyPreview week = WeeklyPreview.of(typedSchedule());
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<DayLine> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<WeeklyPreview.Opening> open = week.openOn(day);
      String hours =
          open.isEmpty()
              ? texts.text("schedulePreview.closedAllDay")
              : open.stream().map(WeeklyPreview.Opening::text).collect(Collectors.joining(", "));
      days.add(
          new DayLine(
              day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT),
              day.getDisplayName(TextStyle.FULL, locale),
              hours,
              open));
    }
    return days;
  }

  /** The dated exceptions, which the ordinary week does not show. */
  public List<String> getExceptions() {
    List<String> exceptions = new ArrayList<>();
    WeeklyPreview.of(typedSchedule())
        .exceptions()
        .forEach(
            (date, ranges) ->
                exceptions.add(
                    ranges.isEmpty()
                        ? texts.text("schedulePreview.exceptionClosed", date.toString())
                        : texts.text(
                            "schedulePreview.exceptionHours",
                            date.toString(),
                            String.join(", ", ranges))));
    return exceptions;
  }

  /** Which wall clock the preview is on: the zone and its offset from UTC now. */
  public String getZoneIntro() {
    ZoneId zone = zone();
    return texts.text(
        "schedulePreview.intro", zone.getId(), TimeZoneChoices.offset(zone, Instant.now()));
  }

  /** The list's open/closed indicator, for the schedule and zone as typed. */
  public String getOpenNow() {
    ZoneId zone = zone();
    CampaignService.Outlook outlook =
        CampaignService.Outlook.of(typedSchedule(), zone, Instant.now());
    return texts.text(
        "schedulePreview.now",
        OutlookText.of(
            texts,
            outlook.open(),
            outlook.nextOpening(),
            zone,
            FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public List<String> getChannels() {
    return channels;
  }

  public List<SecurityGroup> getGroups() {
    return groups;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getMediaType() {
    return mediaType;
  }

  public void setMediaType(String mediaType) {
    this.mediaType = mediaType;
  }

  public Long getSecurityGroupId() {
    return securityGroupId;
  }

  public void setSecurityGroupId(Long securityGroupId) {
    this.securityGroupId = securityGroupId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Integer getServiceLevelSeconds() {
    return serviceLevelSeconds;
  }

  public void setServiceLevelSeconds(Integer serviceLevelSeconds) {
    this.serviceLevelSeconds = serviceLevelSeconds;
  }

  public Integer getDropoutSeconds() {
    return dropoutSeconds;
  }

  public void setDropoutSeconds(Integer dropoutSeconds) {
    this.dropoutSeconds = dropoutSeconds;
  }

  public Integer getChatTimeLimitSeconds() {
    return chatTimeLimitSeconds;
  }

  public void setChatTimeLimitSeconds(Integer chatTimeLimitSeconds) {
    this.chatTimeLimitSeconds = chatTimeLimitSeconds;
  }

  public Integer getAcdLimit() {
    return acdLimit;
  }

  public void setAcdLimit(Integer acdLimit) {
    this.acdLimit = acdLimit;
  }

  public Integer getMaxInteractionsPerAgent() {
    return maxInteractionsPerAgent;
  }

  public void setMaxInteractionsPerAgent(Integer maxInteractionsPerAgent) {
    this.maxInteractionsPerAgent = maxInteractionsPerAgent;
  }

  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public String getSavedTimeZone() {
    return savedTimeZone;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getOfferTimeoutSeconds() {
    return offerTimeoutSeconds;
  }

  public void setOfferTimeoutSeconds(Integer offerTimeoutSeconds) {
    this.offerTimeoutSeconds = offerTimeoutSeconds;
  }

  public Integer getWrapUpSeconds() {
    return wrapUpSeconds;
  }

  public void setWrapUpSeconds(Integer wrapUpSeconds) {
    this.wrapUpSeconds = wrapUpSeconds;
  }
}
