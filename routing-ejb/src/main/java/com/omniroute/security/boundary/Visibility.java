package com.omniroute.security.boundary;

import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Security-group checks shared by the boundaries: an object outside the caller's groups is treated
 * exactly like one that does not exist.
 */
public final class Visibility {

  private Visibility() {}

  /**
   * The entity with the given id if it exists and its group is visible to the caller.
   *
   * @throws ServiceException {@code NOT_FOUND} otherwise, with the same words in both cases
   */
  public static <T> T visible(
      EntityManager em,
      Caller caller,
      Class<T> type,
      long id,
      String what,
      Function<T, SecurityGroup> groupOf) {
    T found = em.find(type, id);
    if (found == null || !caller.sees(groupOf.apply(found).getId())) {
      throw ServiceException.notFound(what, id);
    }
    return found;
  }

  /**
   * Checks that every id names an object visible to the caller, with one query: a {@code GROUPS_OF}
   * named query answering {@code [id, securityGroupId]} for {@code :ids}.
   *
   * @throws ServiceException {@code NOT_FOUND} for the lowest id that does not exist or is outside
   *     the caller's groups, with the same words in both cases
   */
  public static void requireAllVisible(
      EntityManager em, Caller caller, String groupsOfQuery, Collection<Long> ids, String what) {
    if (ids.isEmpty()) {
      return;
    }
    Set<Long> seen = new HashSet<>();
    for (Object[] row :
        em.createNamedQuery(groupsOfQuery, Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      if (caller.sees((Long) row[1])) {
        seen.add((Long) row[0]);
      }
    }
    ids.stream()
        .filter(id -> !seen.contains(id))
        .sorted()
        .findFirst()
        .ifPresent(
            id -> {
              throw ServiceException.notFound(what, id);
            });
  }

  /**
   * The security group a new or changed object is to belong to, if the caller may use it.
   *
   * @throws ServiceException {@code VALIDATION} on {@code securityGroupId} otherwise
   */
  public static SecurityGroup usableGroup(EntityManager em, Caller caller, Long securityGroupId) {
    if (securityGroupId == null) {
      throw ServiceException.invalid("securityGroupId", "Security group is required");
    }
    SecurityGroup group = em.find(SecurityGroup.class, securityGroupId);
    if (group == null || !caller.sees(group.getId())) {
      throw ServiceException.invalid(
          "securityGroupId", "Security group " + securityGroupId + " does not exist");
    }
    return group;
  }

  /**
   * The results of a {@code FIND_IN_GROUPS} named query (one that takes {@code :groups}) for the
   * caller's security groups.
   */
  public static <T> List<T> inCallersGroups(
      EntityManager em, Caller caller, String namedQuery, Class<T> type) {
    List<Long> groups = groupIds(em, caller);
    return groups.isEmpty()
        ? List.of()
        : em.createNamedQuery(namedQuery, type).setParameter("groups", groups).getResultList();
  }

  /** The ids to pass as {@code :groups} to the {@code FIND_IN_GROUPS} queries. */
  public static List<Long> groupIds(EntityManager em, Caller caller) {
    if (caller.isSuperadmin()) {
      return em.createNamedQuery(SecurityGroup.ALL_IDS, Long.class).getResultList();
    }
    return List.copyOf(caller.securityGroupIds());
  }
}
