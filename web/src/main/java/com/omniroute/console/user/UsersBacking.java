package com.omniroute.console.user;

import com.omniroute.console.layout.Texts;
import com.omniroute.security.boundary.LoginAttempts;
import com.omniroute.security.boundary.UserService;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Backs {@code admin/users/list.xhtml}: every user with roles, security groups, linked agent and
 * whether the login lock-out holds them, with the unlock. A centre has tens of users, not
 * thousands, so the list is loaded whole.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One line of the list, its texts already in the view's language. A class with getters, not a
   * record: Expression Language 5 (Jakarta EE 10) does not read record components.
   */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String roles;
    private final String securityGroups;
    private final String agent;
    private final long lockedMinutes;

    Row(long id, String username, String roles, String groups, String agent, long lockedMinutes) {
      this.id = id;
      this.username = username;
      this.roles = roles;
      this.securityGroups = groups;
      this.agent = agent;
      this.lockedMinutes = lockedMinutes;
    }

    public long getId() {
      return id;
    }

    public String getUsername() {
      return username;
    }

    public String getRoles() {
      return roles;
    }

    public String getSecurityGroups() {
      return securityGroups;
    }

    public String getAgent() {
      return agent;
    }

    public boolean isLocked() {
      return lockedMinutes > 0;
    }

    public long getLockedMinutes() {
      return lockedMinutes;
    }
  }

  @Inject private UserService users;

  @Inject private LoginAttempts attempts;

  @Inject private Texts texts;

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = users.list().stream().map(this::row).toList();
  }

  private Row row(UserAccount user) {
    return new Row(
        user.getId(),
        user.getUsername(),
        user.getRoles().stream()
            .sorted()
            .map(role -> texts.text("users.role." + role.roleName()))
            .collect(Collectors.joining(", ")),
        user.getSecurityGroups().stream()
            .map(SecurityGroup::getName)
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .collect(Collectors.joining(", ")),
        user.getAgent() == null
            ? ""
            : user.getAgent().getName() + " (" + user.getAgent().getLogin() + ")",
        attempts.lockedFor(user.getUsername()).map(UsersBacking::minutesUp).orElse(0L));
  }

  /** Minutes as the login page says them: rounded up, so a lock-out never reads "0 minutes". */
  static long minutesUp(Duration left) {
    return (left.toSeconds() + 59) / 60;
  }

  /** Lifts the user's lock-out, says so, and shows the list as it is now. */
  public void unlock(Row row) {
    attempts.unlock(row.getUsername());
    FacesContext.getCurrentInstance()
        .addMessage(null, texts.info("users.unlocked", row.getUsername()));
    load();
  }

  public List<Row> getRows() {
    return rows;
  }
}
