package com.omniroute.console.agent;

import com.omniroute.agent.boundary.AgentInput;
import com.omniroute.agent.boundary.AgentService;
import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentState;
import com.omniroute.console.layout.Outcomes;
import com.omniroute.console.layout.Refusals;
import com.omniroute.console.layout.Texts;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.boundary.SecurityGroupService;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/agents/edit.xhtml}: one agent ({@code ?id=N}) or a new one (no id), and its
 * deletion. The service decides what is valid, what the caller may see and whether an agent may go;
 * each refusal lands on the field it names.
 */
@Named
@ViewScoped
public class EditAgentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id: each field's component id is the service's field name. */
  static final String FORM = "agentForm";

  /** Refused fields whose component has another name than the service's field. */
  private static final Map<String, String> COMPONENT_OF =
      Map.of("securityGroup", "securityGroupId");

  private static final String LIST = "/admin/agents/list?faces-redirect=true";

  @Inject private AgentService agents;

  @Inject private SecurityGroupService securityGroups;

  @Inject private Texts texts;

  private Long id;
  private boolean notFound;
  private List<SecurityGroup> groups;

  private String name;
  private String login;
  private Long securityGroupId;
  private AgentState state = AgentState.LOGGED_OUT;

  /** The view action: the agent to edit, or the group choices of a new one. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    groups = securityGroups.visibleToCaller();
    if (id == null) {
      securityGroupId = groups.isEmpty() ? null : groups.get(0).getId();
      return;
    }
    try {
      Agent agent = agents.get(id);
      name = agent.getName();
      login = agent.getLogin();
      securityGroupId = agent.getSecurityGroup().getId();
      state = agent.getState();
    } catch (ServiceException e) {
      if (e.code() != ErrorCode.NOT_FOUND) {
        throw e;
      }
      // Unknown and outside the caller's groups read the same: nothing tells them apart.
      notFound = true;
      Refusals.notFound(faces);
    }
  }

  /** Saves through the service and returns to the list, or shows each refusal on its field. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    AgentInput input = new AgentInput(name, login, securityGroupId);
    try {
      if (id == null) {
        agents.create(input);
      } else {
        agents.update(id, input);
      }
    } catch (ServiceException e) {
      if (e.code() == ErrorCode.NOT_FOUND) {
        faces.validationFailed();
        notFound = true;
      } else {
        Refusals.show(
            faces, FORM, e, COMPONENT_OF, texts.error("agents.notSaved", e.violations().size()));
      }
      return null;
    }
    return Outcomes.backTo(LIST, faces, texts.info("agents.saved", name));
  }

  /**
   * Deletes the agent (after the page's confirmation) and returns to the list. The service keeps an
   * agent that has handled interactions, for their history; its refusal is shown as it says it, and
   * the agent stays.
   */
  public String delete() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      agents.delete(id);
    } catch (ServiceException e) {
      faces.addMessage(
          null,
          e.code() == ErrorCode.NOT_FOUND
              ? texts.error("agents.notFound")
              : texts.error("agents.notDeleted", texts.refusal(e)));
      return null;
    }
    return Outcomes.backTo(LIST, faces, texts.info("agents.deleted", name));
  }

  /** The confirmation's question, naming the agent and what deleting it does. */
  public String getDeleteQuestion() {
    return texts.text("agents.deleteQuestion", name);
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public List<SecurityGroup> getGroups() {
    return groups;
  }

  public AgentState getState() {
    return state;
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

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public Long getSecurityGroupId() {
    return securityGroupId;
  }

  public void setSecurityGroupId(Long securityGroupId) {
    this.securityGroupId = securityGroupId;
  }
}
