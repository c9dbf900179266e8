package com.omniroute.console.member;

import com.omniroute.campaign.boundary.CampaignFilter;
import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.campaign.control.CampaignSort;
import com.omniroute.console.campaign.CampaignRow;
import com.omniroute.console.layout.Texts;
import com.omniroute.console.list.PagedRows;
import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.boundary.MemberService;
import com.omniroute.member.control.AgentMemberships;
import com.omniroute.member.control.BulkChange;
import com.omniroute.member.control.CampaignPenalty;
import com.omniroute.member.control.Removal;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;

/**
 * Backs {@code admin/members.xhtml}: the campaigns of the caller's groups, the members of the
 * selected ones (their union), the agents not yet in all of them, and the changes between them.
 * Every list is a page at a time from the services; every change is one service call.
 *
 * <p>The selected campaigns are also in the address ({@link CampaignsInAddress}); an id there that
 * the caller may not see shows only "no such campaign". The penalty and search dialogs have beans
 * of their own ({@link MemberPenaltyBacking}, {@link MemberSearchBacking}) that act on this page's
 * selection.
 */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The member and agent tables, which start again at their first page for a new selection. */
  private static final List<String> MEMBER_AND_AGENT_TABLES =
      List.of("membersForm:members", "membersForm:agents");

  /** The campaign table's page size. */
  private static final int CAMPAIGN_ROWS = 15;

  @Inject private CampaignService campaigns;

  @Inject private MemberService members;

  @Inject private MediaTypeService mediaTypes;

  @Inject private Texts texts;

  private String campaignsParameter;
  private int campaignsFirst;
  private boolean notFound;
  private List<String> channels = List.of();

  private List<CampaignRow> selectedCampaigns = new ArrayList<>();
  private List<AgentMemberships> selectedMembers = new ArrayList<>();
  private List<AgentMemberships> selectedAgents = new ArrayList<>();

  /**
   * The penalty the agents being added get: proposed as the highest penalty among the selected
   * campaigns' members, so that newcomers are not offered interactions ahead of them.
   */
  @NotNull(message = "{omniroute.penalty.required}")
  @Min(value = CampaignMember.MIN_PENALTY, message = "{omniroute.penalty.range}")
  @Max(value = CampaignMember.MAX_PENALTY, message = "{omniroute.penalty.range}")
  private Integer addPenalty = CampaignMember.DEFAULT_PENALTY;

  /**
   * The last removal, with each membership's penalty, until it is undone or another replaces it.
   */
  private Removal lastRemoval;

  private final PagedRows<CampaignRow> campaignRows =
      PagedRows.of(
          CampaignRow::getId,
          () -> selectedCampaigns,
          filterBy -> campaigns.count(campaignFilter(filterBy)),
          (first, size, sortBy, filterBy) -> campaignPage(first, size, filterBy));

  private final PagedRows<AgentMemberships> memberRows =
      PagedRows.of(
          AgentMemberships::getAgentId,
          () -> selectedMembers,
          filterBy -> members.countMembers(campaignIds(), nameFilter(filterBy)),
          (first, size, sortBy, filterBy) ->
              members.members(campaignIds(), nameFilter(filterBy), first, size));

  private final PagedRows<AgentMemberships> agentRows =
      PagedRows.of(
          AgentMemberships::getAgentId,
          () -> selectedAgents,
          filterBy -> members.countCandidates(campaignIds(), nameFilter(filterBy)),
          (first, size, sortBy, filterBy) ->
              members.candidates(campaignIds(), nameFilter(filterBy), first, size));

  /** The view action: the media types for the filter, and the campaigns the address selects. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    channels = mediaTypes.list().stream().map(MediaType::getCode).toList();
    try {
      List<Long> ids = CampaignsInAddress.read(campaignsParameter);
      if (ids.isEmpty()) {
        return;
      }
      Locale locale = faces.getViewRoot().getLocale();
      selectedCampaigns =
          new ArrayList<>(
              campaigns.listings(ids).stream().map(c -> CampaignRow.of(c, texts, locale)).toList());
      campaignsFirst = firstRowOfPageShowing(ids.get(0));
      addPenalty = members.penaltyForNewcomers(campaignIds());
    } catch (NumberFormatException e) {
      refuse(faces);
    } catch (ServiceException e) {
      if (e.code() != ErrorCode.NOT_FOUND) {
        throw e;
      }
      refuse(faces);
    }
  }

  /**
   * The first row of the campaign table's page that shows the campaign the address names first (the
   * one the admin came from), so that its selection is seen, not hidden on a later page. (The view
   * action runs before the table exists; the table reads this as its {@code first}.)
   */
  private int firstRowOfPageShowing(long campaignId) {
    long position = campaigns.positionByName(campaignId);
    return (int) (position / CAMPAIGN_ROWS) * CAMPAIGN_ROWS;
  }

  /** An unknown id and another group's read the same: nothing of either reaches the browser. */
  private void refuse(FacesContext faces) {
    notFound = true;
    selectedCampaigns = new ArrayList<>();
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }

  /**
   * A campaign was selected or deselected: the member and agent lists start again at their first
   * page with nothing selected in them, and the address names the new selection.
   */
  public void campaignsChanged() {
    FacesContext faces = FacesContext.getCurrentInstance();
    selectedMembers = new ArrayList<>();
    selectedAgents = new ArrayList<>();
    for (String table : MEMBER_AND_AGENT_TABLES) {
      ((UIData) faces.getViewRoot().findComponent(table)).setFirst(0);
    }
    addPenalty = members.penaltyForNewcomers(campaignIds());
    CampaignsInAddress.write(campaignIds());
  }

  /** The selected agents join every selected campaign they are not in yet, with the penalty. */
  public void add() {
    if (selectedCampaigns.isEmpty() || selectedAgents.isEmpty()) {
      warn("members.selectToAdd");
      return;
    }
    try {
      BulkChange added = members.add(campaignIds(), agentIds(selectedAgents), addPenalty);
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              added.isEmpty()
                  ? texts.info("members.nothingAdded")
                  : texts.info("members.added", added.agents(), added.campaigns(), addPenalty));
      selectedAgents = new ArrayList<>();
    } catch (ServiceException e) {
      refused(e);
    }
  }

  /**
   * The selected members leave every selected campaign they are in (after the page's confirmation,
   * which names them and the campaigns); the removal can be undone with the penalties they had.
   */
  public void remove() {
    if (selectedCampaigns.isEmpty() || selectedMembers.isEmpty()) {
      warn("members.selectToRemove");
      return;
    }
    try {
      Removal removal = members.remove(campaignIds(), agentIds(selectedMembers));
      BulkChange removed = removal.change();
      info(removed.isEmpty() ? "members.nothingRemoved" : "members.removed", removed);
      lastRemoval = removed.isEmpty() ? null : removal;
      selectedMembers = new ArrayList<>();
    } catch (ServiceException e) {
      refused(e);
    }
  }

  /** Makes the last removal's members members again, each with the penalty it had. */
  public void undoRemove() {
    if (lastRemoval == null) {
      return;
    }
    try {
      BulkChange restored = members.restore(lastRemoval.penalties());
      info("members.restored", restored);
      lastRemoval = null;
    } catch (ServiceException e) {
      refused(e);
    }
  }

  /**
   * "Remove 2 members? Flo leaves Sales and Support; Ana leaves Sales.": who leaves which of the
   * selected campaigns, for the confirmation.
   */
  public String getRemoveQuestion() {
    String who =
        selectedMembers.stream()
            .map(
                member ->
                    texts.text(
                        "members.leaves",
                        member.getName(),
                        member.getCampaigns().stream()
                            .map(CampaignPenalty::getCampaignName)
                            .collect(Collectors.joining(", "))))
            .collect(Collectors.joining("; "));
    return texts.text("members.removeQuestion", selectedMembers.size(), who);
  }

  /**
   * Adds an agent (a search pick) to the selected agents, in place of an earlier copy of its row.
   */
  public void selectAgent(AgentMemberships agent) {
    selectOnce(selectedAgents, agent);
  }

  /** Adds a member (a search pick) to the selected members, in place of an earlier copy. */
  public void selectMember(AgentMemberships member) {
    selectOnce(selectedMembers, member);
  }

  private static void selectOnce(List<AgentMemberships> selection, AgentMemberships row) {
    selection.removeIf(selected -> selected.getAgentId() == row.getAgentId());
    selection.add(row);
  }

  private List<CampaignRow> campaignPage(int first, int size, Map<String, FilterMeta> filterBy) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return campaigns.page(campaignFilter(filterBy), CampaignSort.NAME, false, first, size).stream()
        .map(c -> CampaignRow.of(c, texts, locale))
        .toList();
  }

  private static String nameFilter(Map<String, FilterMeta> filterBy) {
    return PagedRows.filterText(filterBy, "name");
  }

  private CampaignFilter campaignFilter(Map<String, FilterMeta> filterBy) {
    return new CampaignFilter(
        PagedRows.filterText(filterBy, "name"),
        PagedRows.filterText(filterBy, "channel"),
        null,
        null);
  }

  /** The ids of the selected campaigns, which every change and both dialogs act on. */
  public List<Long> campaignIds() {
    return selectedCampaigns.stream().map(CampaignRow::getId).toList();
  }

  private static List<Long> agentIds(List<AgentMemberships> agents) {
    return agents.stream().map(AgentMemberships::getAgentId).toList();
  }

  private void info(String key, BulkChange change) {
    FacesContext.getCurrentInstance()
        .addMessage(null, texts.info(key, change.agents(), change.campaigns()));
  }

  private void warn(String key) {
    FacesContext.getCurrentInstance().addMessage(null, texts.warn(key));
  }

  private void refused(ServiceException e) {
    FacesContext.getCurrentInstance().addMessage(null, refusal(texts, e));
  }

  /** A campaign or agent gone (or moved out of the caller's groups) since the page showed it. */
  static FacesMessage refusal(Texts texts, ServiceException e) {
    return e.code() == ErrorCode.NOT_FOUND
        ? texts.error("members.gone")
        : new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.refusal(e), null);
  }

  public boolean isNotFound() {
    return notFound;
  }

  public List<String> getChannels() {
    return channels;
  }

  public PagedRows<CampaignRow> getCampaignRows() {
    return campaignRows;
  }

  public PagedRows<AgentMemberships> getMemberRows() {
    return memberRows;
  }

  public PagedRows<AgentMemberships> getAgentRows() {
    return agentRows;
  }

  /** How many campaigns are selected, for "in 2 of 3". */
  public int getSelectedCount() {
    return selectedCampaigns.size();
  }

  /** The selected campaigns' names, by name, for the column headers. */
  public String getSelectedNames() {
    return selectedCampaigns.stream().map(CampaignRow::getName).collect(Collectors.joining(", "));
  }

  public int getCampaignRowsPerPage() {
    return CAMPAIGN_ROWS;
  }

  /** The campaign table's first row when the page opens. */
  public int getCampaignsFirst() {
    return campaignsFirst;
  }

  public String getCampaignsParameter() {
    return campaignsParameter;
  }

  public void setCampaignsParameter(String campaignsParameter) {
    this.campaignsParameter = campaignsParameter;
  }

  public List<CampaignRow> getSelectedCampaigns() {
    return selectedCampaigns;
  }

  public void setSelectedCampaigns(List<CampaignRow> selectedCampaigns) {
    this.selectedCampaigns = selectedCampaigns == null ? new ArrayList<>() : selectedCampaigns;
  }

  public List<AgentMemberships> getSelectedMembers() {
    return selectedMembers;
  }

  public void setSelectedMembers(List<AgentMemberships> selectedMembers) {
    this.selectedMembers = selectedMembers == null ? new ArrayList<>() : selectedMembers;
  }

  public List<AgentMemberships> getSelectedAgents() {
    return selectedAgents;
  }

  public void setSelectedAgents(List<AgentMemberships> selectedAgents) {
    this.selectedAgents = selectedAgents == null ? new ArrayList<>() : selectedAgents;
  }

  public Integer getAddPenalty() {
    return addPenalty;
  }

  public void setAddPenalty(Integer addPenalty) {
    this.addPenalty = addPenalty;
  }

  /** The last removal, which the Undo button offers to undo; {@code null} when there is none. */
  public BulkChange getUndoable() {
    return lastRemoval == null ? null : lastRemoval.change();
  }
}
