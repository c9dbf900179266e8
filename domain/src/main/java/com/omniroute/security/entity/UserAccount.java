package com.omniroute.security.entity;

import com.omniroute.agent.entity.Agent;
import com.omniroute.common.entity.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Someone who logs in to the console or the API. The password is only ever held as a salted slow
 * hash. An agent's login is a user with the {@link Role#AGENT} role linked to its {@link Agent}.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = UserAccount.FIND_BY_USERNAME,
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = UserAccount.FIND_ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(
    name = UserAccount.COUNT_PER_GROUP,
    query =
        "SELECT g.id, COUNT(u) FROM UserAccount u JOIN u.securityGroups g WHERE g.id IN :groups"
            + " GROUP BY g.id")
@NamedQuery(
    name = UserAccount.UNLINK_AGENT,
    query = "UPDATE UserAccount u SET u.agent = NULL WHERE u.agent = :agent")
public class UserAccount extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
  public static final String COUNT_ALL = "UserAccount.countAll";
  public static final String FIND_ALL = "UserAccount.findAll";

  /** {@code [security group id, number of users]} for each of the groups {@code :groups}. */
  public static final String COUNT_PER_GROUP = "UserAccount.countPerGroup";

  /** Unlinks the users linked to agent {@code :agent} (an entity), as it is deleted. */
  public static final String UNLINK_AGENT = "UserAccount.unlinkAgent";

  @NotBlank(message = "{omniroute.username.required}")
  @Size(max = 100, message = "{omniroute.username.size}")
  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{omniroute.username.pattern}")
  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @NotBlank(message = "{omniroute.passwordHash.required}")
  @Size(max = 255)
  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @NotEmpty(message = "{omniroute.roles.required}")
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "user_security_group",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "security_group_id"))
  private Set<SecurityGroup> securityGroups = new HashSet<>();

  @OneToOne
  @JoinColumn(name = "agent_id", unique = true)
  private Agent agent;

  @Version private int version;

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Set<SecurityGroup> getSecurityGroups() {
    return securityGroups;
  }

  public Agent getAgent() {
    return agent;
  }

  public void setAgent(Agent agent) {
    this.agent = agent;
  }

  public int getVersion() {
    return version;
  }
}
