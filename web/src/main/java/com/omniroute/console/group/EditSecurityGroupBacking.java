package com.omniroute.console.group;

import com.omniroute.console.layout.Outcomes;
import com.omniroute.console.layout.Refusals;
import com.omniroute.console.layout.Texts;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.boundary.SecurityGroupService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * Backs {@code admin/security-groups/edit.xhtml}: a new group (no id), or one group's name and what
 * uses it ({@code ?id=N}), and its deletion, which the service refuses while anything still belongs
 * to the group.
 */
@Named
@ViewScoped
public class EditSecurityGroupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id: the name field's component id is the service's field name. */
  static final String FORM = "groupForm";

  private static final String LIST = "/admin/security-groups/list?faces-redirect=true";

  @Inject private SecurityGroupService securityGroups;

  @Inject private Texts texts;

  private Long id;
  private boolean notFound;
  private SecurityGroupService.Usage usage;

  private String name;

  /** The view action: the group to rename, or nothing for a new one. */
  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback() || id == null) {
      return;
    }
    try {
      usage = securityGroups.usage(id);
      name = usage.group().getName();
    } catch (ServiceException e) {
      if (e.code() != ErrorCode.NOT_FOUND) {
        throw e;
      }
      notFound = true;
      Refusals.notFound(faces);
    }
  }

  /** Creates or renames through the service and returns to the list, or shows the refusal. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (id == null) {
        securityGroups.create(name);
      } else {
        securityGroups.rename(id, name);
      }
    } catch (ServiceException e) {
      if (e.code() == ErrorCode.NOT_FOUND) {
        faces.validationFailed();
        notFound = true;
      } else {
        Refusals.show(faces, FORM, e, Map.of(), texts.error("groups.notSaved"));
      }
      return null;
    }
    return Outcomes.backTo(
        LIST, faces, texts.info("groups.saved", name == null ? "" : name.strip()));
  }

  /**
   * Deletes the group (after the page's confirmation). A group still in use stays, and the
   * service's sentence says what uses it.
   */
  public String delete() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      securityGroups.delete(id);
    } catch (ServiceException e) {
      faces.addMessage(
          null,
          e.code() == ErrorCode.NOT_FOUND
              ? texts.error("groups.notFound")
              : texts.error("groups.notDeleted", texts.refusal(e)));
      return null;
    }
    return Outcomes.backTo(LIST, faces, texts.info("groups.deleted", usage.group().getName()));
  }

  /** "Used by 2 campaigns, 5 agents and 1 user", in the view's language. */
  public String getUsedBy() {
    return usage == null
        ? ""
        : texts.text("groups.usedBy", usage.campaigns(), usage.agents(), usage.users());
  }

  /**
   * Whether anything belongs to the group as the page was loaded: its Delete is then disabled. The
   * service's refusal stays the guard for what changes after that.
   */
  public boolean isInUse() {
    return usage != null && usage.inUse();
  }

  public String getDeleteQuestion() {
    return texts.text("groups.deleteQuestion", usage == null ? name : usage.group().getName());
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isNotFound() {
    return notFound;
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
}
