package com.omniroute.console.member;

import com.omniroute.console.layout.Texts;
import com.omniroute.member.boundary.MemberService;
import com.omniroute.member.control.AgentMemberships;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * Backs the penalty dialog of {@code admin/members.xhtml}: one member's penalty in every campaign
 * selected on the page ({@link MembersBacking}) that it is in, saved in one service call.
 */
@Named
@ViewScoped
public class MemberPenaltyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PENALTY_FIELD = "penaltyForm:penalty";

  @Inject private MemberService members;

  @Inject private Texts texts;

  @Inject private MembersBacking page;

  private AgentMemberships member;

  @NotNull(message = "{omniroute.penalty.required}")
  @Min(value = CampaignMember.MIN_PENALTY, message = "{omniroute.penalty.range}")
  @Max(value = CampaignMember.MAX_PENALTY, message = "{omniroute.penalty.range}")
  private Integer penalty;

  /** Opens the dialog for a member, showing its penalty when it is the same everywhere. */
  public void edit(AgentMemberships member) {
    this.member = member;
    penalty = member.getUniformPenalty();
  }

  /** Saves the penalty in every selected campaign the member is in, in one service call. */
  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (member == null) {
      return;
    }
    try {
      int campaignCount = members.setPenalty(page.campaignIds(), member.getAgentId(), penalty);
      faces.addMessage(
          null, texts.info("members.penaltySaved", penalty, member.getName(), campaignCount));
      member = null;
    } catch (ServiceException e) {
      faces.validationFailed();
      for (Violation violation : e.violations()) {
        faces.addMessage(
            PENALTY_FIELD,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(), null));
      }
      if (e.violations().isEmpty()) {
        faces.addMessage(null, MembersBacking.refusal(texts, e));
      }
    }
  }

  /** The member whose penalty the dialog edits; {@code null} when none. */
  public AgentMemberships getMember() {
    return member;
  }

  public Integer getPenalty() {
    return penalty;
  }

  public void setPenalty(Integer penalty) {
    this.penalty = penalty;
  }
}
