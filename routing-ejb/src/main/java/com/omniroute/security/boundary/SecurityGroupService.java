package com.omniroute.security.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Security groups: created, renamed and removed by a superadmin only; an admin lists their own. */
@Stateless
@RolesAllowed("superadmin")
public class SecurityGroupService {

  /** A security group and how many campaigns, agents and users belong to it. */
  public record Usage(SecurityGroup group, long campaigns, long agents, long users)
      implements Serializable {

    public boolean inUse() {
      return campaigns + agents + users > 0;
    }
  }

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  public List<SecurityGroup> list() {
    return em.createNamedQuery(SecurityGroup.FIND_ALL, SecurityGroup.class).getResultList();
  }

  /** Every group, by name, with what belongs to it. */
  public List<Usage> listWithUsage() {
    return usages(list());
  }

  /** What belongs to one group. */
  public Usage usage(long id) {
    return usages(List.of(get(id))).get(0);
  }

  /**
   * The groups with their counts: three {@code GROUP BY} queries, whatever the number of groups.
   */
  private List<Usage> usages(List<SecurityGroup> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Long> ids = groups.stream().map(SecurityGroup::getId).toList();
    Map<Long, Long> campaigns = perGroup(Campaign.COUNT_PER_GROUP, ids);
    Map<Long, Long> agents = perGroup(Agent.COUNT_PER_GROUP, ids);
    Map<Long, Long> users = perGroup(UserAccount.COUNT_PER_GROUP, ids);
    return groups.stream()
        .map(
            g ->
                new Usage(
                    g,
                    campaigns.getOrDefault(g.getId(), 0L),
                    agents.getOrDefault(g.getId(), 0L),
                    users.getOrDefault(g.getId(), 0L)))
        .toList();
  }

  /**
   * The groups the caller may put a campaign or agent in: their own, or every group for a
   * superadmin. The console's security-group choices.
   */
  @RolesAllowed({"admin", "superadmin"})
  public List<SecurityGroup> visibleToCaller() {
    List<Long> ids = Visibility.groupIds(em, callers.current());
    return ids.isEmpty()
        ? List.of()
        : em.createNamedQuery(SecurityGroup.FIND_BY_IDS, SecurityGroup.class)
            .setParameter("ids", ids)
            .getResultList();
  }

  public SecurityGroup get(long id) {
    SecurityGroup group = em.find(SecurityGroup.class, id);
    if (group == null) {
      throw ServiceException.notFound("Security group", id);
    }
    return group;
  }

  public SecurityGroup create(String name) {
    SecurityGroup group = Checks.valid(validator, new SecurityGroup(trim(name)));
    requireUniqueName(group.getName(), null);
    em.persist(group);
    audit.created(
        AuditObjectType.SECURITY_GROUP,
        group.getId(),
        group.getName(),
        Snapshots.securityGroup(group),
        List.of());
    return group;
  }

  public SecurityGroup rename(long id, String name) {
    SecurityGroup group = get(id);
    var before = Snapshots.securityGroup(group);
    group.setName(trim(name));
    Checks.valid(validator, group);
    requireUniqueName(group.getName(), id);
    audit.updated(
        AuditObjectType.SECURITY_GROUP,
        id,
        group.getName(),
        before,
        Snapshots.securityGroup(group),
        List.of());
    return group;
  }

  /**
   * Deletes a group nothing belongs to any more.
   *
   * @throws ServiceException {@code CONFLICT}, saying how many campaigns, agents and users still
   *     belong to it, when any does: a user silently losing a group would lose sight of its
   *     campaigns and agents
   */
  public void delete(long id) {
    Usage usage = usage(id);
    if (usage.inUse()) {
      throw new ServiceException(
              ErrorCode.CONFLICT,
              String.format(
                  "Security group %s is still used by %d campaign(s), %d agent(s) and %d user(s);"
                      + " move them to another group or delete them first",
                  usage.group().getName(), usage.campaigns(), usage.agents(), usage.users()))
          .keyed(
              "refusal.groupInUse",
              usage.group().getName(),
              usage.campaigns(),
              usage.agents(),
              usage.users());
    }
    audit.deleted(
        AuditObjectType.SECURITY_GROUP,
        id,
        usage.group().getName(),
        Snapshots.securityGroup(usage.group()),
        List.of());
    em.remove(usage.group());
  }

  /** The named query's {@code [group id, count]} rows for the groups {@code ids}, as a map. */
  private Map<Long, Long> perGroup(String namedQuery, List<Long> ids) {
    return em
        .createNamedQuery(namedQuery, Object[].class)
        .setParameter("groups", ids)
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(
                row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
  }

  private void requireUniqueName(String name, Long exceptId) {
    List<SecurityGroup> same =
        em.createNamedQuery(SecurityGroup.FIND_BY_NAME, SecurityGroup.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("name", name)
            .getResultList();
    if (same.stream().anyMatch(g -> !g.getId().equals(exceptId))) {
      throw new ServiceException(
              ErrorCode.CONFLICT, "A security group named " + name + " already exists")
          .keyed("refusal.groupNameTaken", name);
    }
  }

  static String trim(String text) {
    return text == null ? null : text.strip();
  }
}
