package com.omniroute.agent.entity;

import com.omniroute.common.entity.AbstractEntity;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person who handles interactions. Belongs to exactly one security group.
 *
 * <p>Life cycle of {@link #getState() state}: {@code LOGGED_OUT -> NOT_READY <-> READY}, and back
 * to {@code LOGGED_OUT} from either. The routing engine sets {@code NOT_READY} itself when an offer
 * is not answered in time (ring-no-answer).
 */
@Entity
@Table(name = "agent")
@NamedQuery(
    name = Agent.FIND_IN_GROUPS,
    query = "SELECT a FROM Agent a WHERE a.securityGroup.id IN :groups ORDER BY a.name, a.id")
@NamedQuery(name = Agent.FIND_BY_LOGIN, query = "SELECT a FROM Agent a WHERE a.login = :login")
@NamedQuery(name = Agent.FIND_ALL, query = "SELECT a FROM Agent a ORDER BY a.id")
@NamedQuery(name = Agent.COUNT_MATCHING, query = "SELECT COUNT(a) " + Agent.MATCHING)
@NamedQuery(
    name = Agent.COUNT_PER_GROUP,
    query =
        "SELECT a.securityGroup.id, COUNT(a) FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " GROUP BY a.securityGroup.id")
public class Agent extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  /** The agents of the given security group ids ({@code :groups}), by name. */
  public static final String FIND_IN_GROUPS = "Agent.findInGroups";

  public static final String FIND_BY_LOGIN = "Agent.findByLogin";

  /** Every agent, for the routing engine's own start-up load only. */
  public static final String FIND_ALL = "Agent.findAll";

  /**
   * The agents of the given security group ids ({@code :groups}) in the given states ({@code
   * :states}) whose lower-case name and login match the {@code LIKE} patterns {@code :name} and
   * {@code :login} ({@code !} escapes a wildcard): the console's filtered, paged list. Completed by
   * {@link #findMatching(Sort, boolean)} or {@link #COUNT_MATCHING}.
   */
  static final String MATCHING =
      "FROM Agent a WHERE a.securityGroup.id IN :groups AND a.state IN :states"
          + " AND LOWER(a.name) LIKE :name ESCAPE '!' AND LOWER(a.login) LIKE :login ESCAPE '!'";

  /** How many agents {@link #MATCHING} finds: the size of the console's paged list. */
  public static final String COUNT_MATCHING = "Agent.countMatching";

  /** {@code [security group id, number of agents]} for each of the groups {@code :groups}. */
  public static final String COUNT_PER_GROUP = "Agent.countPerGroup";

  /** The orders of the console's paged list: each a path of {@link #MATCHING}'s alias. */
  public enum Sort {
    NAME("LOWER(a.name)"),
    LOGIN("LOWER(a.login)"),
    SECURITY_GROUP("LOWER(a.securityGroup.name)"),
    STATE("a.state");

    private final String path;

    Sort(String path) {
      this.path = path;
    }
  }

  /**
   * The JPQL of one page of {@link #MATCHING} in the given order, the id breaking ties so that
   * pages never overlap. Not a named query because JPQL takes no parameter in {@code ORDER BY}; the
   * order comes from the closed {@link Sort}, so no typed text ever reaches the query.
   */
  public static String findMatching(Sort sort, boolean descending) {
    return "SELECT a "
        + MATCHING
        + " ORDER BY "
        + sort.path
        + (descending ? " DESC" : " ASC")
        + ", a.id";
  }

  @NotBlank(message = "{omniroute.name.required}")
  @Size(max = 200, message = "{omniroute.agentName.size}")
  @Column(nullable = false, length = 200)
  private String name;

  @NotBlank(message = "{omniroute.login.required}")
  @Size(max = 100, message = "{omniroute.login.size}")
  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{omniroute.login.pattern}")
  @Column(nullable = false, unique = true, length = 100)
  private String login;

  @NotNull(message = "{omniroute.securityGroup.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "security_group_id", nullable = false)
  private SecurityGroup securityGroup;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AgentState state = AgentState.LOGGED_OUT;

  @Version private int version;

  protected Agent() {}

  public Agent(String name, String login, SecurityGroup securityGroup) {
    this.name = name;
    this.login = login;
    this.securityGroup = securityGroup;
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

  public SecurityGroup getSecurityGroup() {
    return securityGroup;
  }

  public void setSecurityGroup(SecurityGroup securityGroup) {
    this.securityGroup = securityGroup;
  }

  public AgentState getState() {
    return state;
  }

  public void setState(AgentState state) {
    this.state = state;
  }

  public int getVersion() {
    return version;
  }
}
