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
import java.time.Instant;

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
@NamedQuery(name = Agent.FIND_BY_IDS, query = "SELECT a FROM Agent a WHERE a.id IN :ids")
@NamedQuery(
    name = Agent.GROUPS_OF,
    query = "SELECT a.id, a.securityGroup.id FROM Agent a WHERE a.id IN :ids")
@NamedQuery(
    name = Agent.COUNT_NAMED,
    query =
        "SELECT COUNT(a) FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " AND LOWER(a.name) LIKE :name ESCAPE '!'")
@NamedQuery(
    name = Agent.NAMED,
    query =
        "SELECT NEW com.omniroute.agent.entity.AgentSummary(a.id, a.name, a.login)"
            + " FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " AND LOWER(a.name) LIKE :name ESCAPE '!' ORDER BY a.name, a.id")
@NamedQuery(
    name = Agent.COUNT_NAMED_IN_ANY,
    query =
        "SELECT COUNT(a) FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " AND LOWER(a.name) LIKE :name ESCAPE '!'"
            + " AND a.id IN (SELECT m.agent.id FROM CampaignMember m"
            + " WHERE m.campaign.id IN :campaigns)")
@NamedQuery(
    name = Agent.NAMED_IN_ANY,
    query =
        "SELECT NEW com.omniroute.agent.entity.AgentSummary(a.id, a.name, a.login)"
            + " FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " AND LOWER(a.name) LIKE :name ESCAPE '!'"
            + " AND a.id IN (SELECT m.agent.id FROM CampaignMember m"
            + " WHERE m.campaign.id IN :campaigns)"
            + " ORDER BY a.name, a.id")
@NamedQuery(
    name = Agent.COUNT_NAMED_NOT_IN_ALL,
    query =
        "SELECT COUNT(a) FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " AND LOWER(a.name) LIKE :name ESCAPE '!'"
            + " AND a.id NOT IN (SELECT m.agent.id FROM CampaignMember m"
            + " WHERE m.campaign.id IN :campaigns"
            + " GROUP BY m.agent.id HAVING COUNT(m.id) = :campaignCount)")
@NamedQuery(
    name = Agent.NAMED_NOT_IN_ALL,
    query =
        "SELECT NEW com.omniroute.agent.entity.AgentSummary(a.id, a.name, a.login)"
            + " FROM Agent a WHERE a.securityGroup.id IN :groups"
            + " AND LOWER(a.name) LIKE :name ESCAPE '!'"
            + " AND a.id NOT IN (SELECT m.agent.id FROM CampaignMember m"
            + " WHERE m.campaign.id IN :campaigns"
            + " GROUP BY m.agent.id HAVING COUNT(m.id) = :campaignCount)"
            + " ORDER BY a.name, a.id")
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

  /** The agents with the given ids ({@code :ids}), in no order. */
  public static final String FIND_BY_IDS = "Agent.findByIds";

  /** {@code [id, securityGroupId]} of the agents with the given ids, to check who may see them. */
  public static final String GROUPS_OF = "Agent.groupsOf";

  /**
   * How many agents of the given security groups ({@code :groups}) have a name matching {@code
   * :name} (a lower-case LIKE pattern, escape {@code !}).
   */
  public static final String COUNT_NAMED = "Agent.countNamed";

  /** The agents {@link #COUNT_NAMED} counts, as {@link AgentSummary}s, by name. */
  public static final String NAMED = "Agent.named";

  /**
   * As {@link #COUNT_NAMED}, but only agents that are members of at least one of {@code
   * :campaigns}. A semi-join (IN a subquery) rather than a join with COUNT(DISTINCT): H2 cannot
   * seek the (campaign, agent) index with a list of campaigns and one agent, so the join form read
   * every membership of the selected campaigns once per agent (seconds at 5,000 agents).
   */
  public static final String COUNT_NAMED_IN_ANY = "Agent.countNamedInAny";

  /** The agents {@link #COUNT_NAMED_IN_ANY} counts, as {@link AgentSummary}s, by name. */
  public static final String NAMED_IN_ANY = "Agent.namedInAny";

  /**
   * As {@link #COUNT_NAMED}, but only agents that are not members of every one of {@code
   * :campaigns} ({@code :campaignCount} of them, distinct ids).
   */
  public static final String COUNT_NAMED_NOT_IN_ALL = "Agent.countNamedNotInAll";

  /** The agents {@link #COUNT_NAMED_NOT_IN_ALL} counts, as {@link AgentSummary}s, by name. */
  public static final String NAMED_NOT_IN_ALL = "Agent.namedNotInAll";

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

  /**
   * Since when the agent is in its {@link #getState() state}: the start of the period that the
   * interval reports count as ready or not-ready time when it ends (docs/reports.md). Null for an
   * agent that never changed state.
   */
  @Column(name = "state_since")
  private Instant stateSince;

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

  public Instant getStateSince() {
    return stateSince;
  }

  public void setStateSince(Instant stateSince) {
    this.stateSince = stateSince;
  }

  public int getVersion() {
    return version;
  }
}
