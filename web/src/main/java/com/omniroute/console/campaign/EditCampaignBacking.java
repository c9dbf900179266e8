package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignInput;
import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.console.layout.Outcomes;
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

  private static final String LIST = "/admin/campaigns/list?faces-redirect=true";

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

  /** The fields, as stored or as typed. */
  private final CampaignForm form = new CampaignForm();

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
      form.setMediaType(channels.isEmpty() ? null : channels.get(0));
      form.setSecurityGroupId(groups.isEmpty() ? null : groups.get(0).getId());
      return;
    }
    try {
      Campaign campaign = campaigns.get(id);
      storedName = campaign.getName();
      form.show(campaign);
    } catch (ServiceException e) {
      if (e.code() != ErrorCode.NOT_FOUND) {
        throw e;
      }
      // Unknown and outside the caller's groups read the same: nothing tells them apart.
      notFound = true;
      Refusals.notFound(FacesContext.getCurrentInstance());
    }
  }

  /** Saves through the service and returns to the list, or shows each refusal on its field. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    CampaignInput input = form.input();
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
    return Outcomes.backTo(LIST, faces, texts.info("campaign.saved", form.getName()));
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
    return Outcomes.backTo(LIST, faces, texts.info("campaign.deleted", storedName));
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
    return Schedule.parse(form.getSchedule());
  }

  private ZoneId zone() {
    return ZoneId.of(form.getTimeZone());
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

  public CampaignForm getForm() {
    return form;
  }
}
