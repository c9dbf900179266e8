package com.omniroute.console.member;

import com.omniroute.console.layout.Texts;
import com.omniroute.console.list.PagedRows;
import com.omniroute.member.boundary.MemberService;
import com.omniroute.member.control.AgentMemberships;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs the search dialog of {@code admin/members.xhtml}: agents by part of their name, with the
 * voice campaigns each is a member of. A pick selects the agent on the page ({@link
 * MembersBacking}): in the Agents column, or among the Members when it is already a member of every
 * selected campaign.
 */
@Named
@ViewScoped
public class MemberSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many agents with the picked one's name a pick looks through for it. */
  private static final int PICK = MemberService.MAX_PAGE_SIZE;

  @Inject private MemberService members;

  @Inject private Texts texts;

  @Inject private MembersBacking page;

  private String name;

  private final PagedRows<AgentMemberships> rows =
      PagedRows.of(
          AgentMemberships::getAgentId,
          filterBy -> members.countSearch(name),
          (first, size, sortBy, filterBy) -> members.search(name, first, size));

  /** The search text changed: its results start again at their first page. */
  public void changed() {
    UIData results =
        (UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent("searchForm:found");
    results.setFirst(0);
  }

  /**
   * A search result was clicked: the agent is selected in the Agents column (the column filtered to
   * its name so that it shows), or, when it is already a member of every selected campaign, in the
   * Members column.
   */
  public void pick(AgentMemberships found) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String picked = found.getName();
    List<Long> campaignIds = page.campaignIds();
    AgentMemberships candidate = find(members.candidates(campaignIds, picked, 0, PICK), found);
    if (candidate != null) {
      page.selectAgent(candidate);
      showOnly("agentsTable", picked);
      faces.addMessage(null, texts.info("members.pickedAgent", picked));
      return;
    }
    AgentMemberships member = find(members.members(campaignIds, picked, 0, PICK), found);
    if (member == null) {
      faces.addMessage(null, texts.error("members.gone"));
      return;
    }
    page.selectMember(member);
    showOnly("membersTable", picked);
    faces.addMessage(null, texts.info("members.pickedMember", picked));
  }

  private static AgentMemberships find(List<AgentMemberships> rows, AgentMemberships wanted) {
    return rows.stream()
        .filter(row -> row.getAgentId() == wanted.getAgentId())
        .findFirst()
        .orElse(null);
  }

  /**
   * Asks the page to filter a table's name column to the name (the search modal's {@code
   * oncomplete} does it, as if typed), so that the picked row shows on the first page.
   */
  private static void showOnly(String tableWidget, String name) {
    PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
    ajax.addCallbackParam("pickedTable", tableWidget);
    ajax.addCallbackParam("pickedName", name);
  }

  public PagedRows<AgentMemberships> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
