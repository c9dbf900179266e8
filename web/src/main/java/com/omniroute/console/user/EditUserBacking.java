package com.omniroute.console.user;

import com.omniroute.agent.boundary.AgentFilter;
import com.omniroute.agent.boundary.AgentService;
import com.omniroute.agent.entity.Agent;
import com.omniroute.console.layout.Outcomes;
import com.omniroute.console.layout.Refusals;
import com.omniroute.console.layout.Texts;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.boundary.SecurityGroupService;
import com.omniroute.security.boundary.UserInput;
import com.omniroute.security.boundary.UserService;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code admin/users/edit.xhtml}: one user ({@code ?id=N}) or a new one (no id), and its
 * deletion. The password is never shown: it is set on create and changed only when typed. The
 * linked agent is chosen by login, with suggestions from the agents' list.
 */
@Named
@ViewScoped
public class EditUserBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id: each field's component id is the service's field name. */
  static final String FORM = "userForm";

  /** How many agents the linked-agent field suggests at once. */
  static final int SUGGESTIONS = 10;

  /**
   * Refused fields whose component has another name: the service's and the entity's names of the
   * linked agent, the password's hash and the security groups.
   */
  private static final Map<String, String> COMPONENT_OF =
      Map.of(
          "agentId", "agent",
          "passwordHash", "password",
          "securityGroups", "securityGroupIds");

  private static final String LIST = "/admin/users/list?faces-redirect=true";

  @Inject private UserService users;

  @Inject private AgentService agents;

  @Inject private SecurityGroupService securityGroups;

  @Inject private Texts texts;

  private Long id;
  private boolean notFound;
  private List<SecurityGroup> groups;

  private String username;
  private String password;
  private List<String> roles = new ArrayList<>();
  private List<Long> securityGroupIds = new ArrayList<>();
  private String agent;

  /** The view action: the user to edit, or the choices of a new one. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    groups = securityGroups.list();
    if (id == null) {
      return;
    }
    try {
      UserAccount user = users.get(id);
      username = user.getUsername();
      roles = new ArrayList<>(user.getRoles().stream().sorted().map(Role::roleName).toList());
      securityGroupIds =
          new ArrayList<>(user.getSecurityGroups().stream().map(SecurityGroup::getId).toList());
      agent = user.getAgent() == null ? null : user.getAgent().getLogin();
    } catch (ServiceException e) {
      if (e.code() != ErrorCode.NOT_FOUND) {
        throw e;
      }
      notFound = true;
      Refusals.notFound(faces);
    }
  }

  /** Saves through the service and returns to the list, or shows each refusal on its field. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Long agentId = null;
    if (agent != null && !agent.isBlank()) {
      Optional<Agent> linked = agents.findByLogin(agent);
      if (linked.isEmpty()) {
        faces.validationFailed();
        faces.addMessage(FORM + ":agent", texts.error("users.agentUnknown", agent.strip()));
        return null;
      }
      agentId = linked.get().getId();
    }
    UserInput input = new UserInput(username, password, roles, securityGroupIds, agentId);
    password = null;
    try {
      if (id == null) {
        users.create(input);
      } else {
        users.update(id, input);
      }
    } catch (ServiceException e) {
      if (e.code() == ErrorCode.NOT_FOUND) {
        faces.validationFailed();
        notFound = true;
      } else {
        Refusals.show(
            faces, FORM, e, COMPONENT_OF, texts.error("users.notSaved", e.violations().size()));
      }
      return null;
    }
    return Outcomes.backTo(LIST, faces, texts.info("users.saved", username));
  }

  /** Deletes the user (after the page's confirmation); the service refuses to delete oneself. */
  public String delete() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      users.delete(id);
    } catch (ServiceException e) {
      faces.addMessage(
          null,
          e.code() == ErrorCode.NOT_FOUND
              ? texts.error("users.notFound")
              : texts.error("users.notDeleted", texts.refusal(e)));
      return null;
    }
    return Outcomes.backTo(LIST, faces, texts.info("users.deleted", username));
  }

  /** The logins of agents matching what was typed, for the linked-agent field. */
  public List<String> suggestAgents(String typed) {
    return agents
        .find(new AgentFilter(null, typed, null, null), Agent.Sort.LOGIN, false, 0, SUGGESTIONS)
        .stream()
        .map(Agent::getLogin)
        .toList();
  }

  /** Every role, labelled in the view's language. */
  public List<SelectItem> getRoleChoices() {
    return Arrays.stream(Role.values())
        .map(role -> new SelectItem(role.roleName(), texts.text("users.role." + role.roleName())))
        .toList();
  }

  public String getPasswordHint() {
    return texts.text(
        id == null ? "users.passwordHintNew" : "users.passwordHintChange",
        UserService.MIN_PASSWORD_LENGTH);
  }

  public String getDeleteQuestion() {
    return texts.text("users.deleteQuestion", username);
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

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public List<Long> getSecurityGroupIds() {
    return securityGroupIds;
  }

  public void setSecurityGroupIds(List<Long> securityGroupIds) {
    this.securityGroupIds = securityGroupIds;
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }
}
