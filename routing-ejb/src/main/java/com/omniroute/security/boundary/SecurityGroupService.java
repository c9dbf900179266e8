package com.omniroute.security.boundary;

import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;

/** Security groups: created, renamed and removed by a superadmin only; an admin lists their own. */
@Stateless
@RolesAllowed("superadmin")
public class SecurityGroupService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private Callers callers;

  public List<SecurityGroup> list() {
    return em.createNamedQuery(SecurityGroup.FIND_ALL, SecurityGroup.class).getResultList();
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
        : em.createQuery(
                "SELECT g FROM SecurityGroup g WHERE g.id IN :ids ORDER BY g.name",
                SecurityGroup.class)
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
    return group;
  }

  public SecurityGroup rename(long id, String name) {
    SecurityGroup group = get(id);
    group.setName(trim(name));
    Checks.valid(validator, group);
    requireUniqueName(group.getName(), id);
    return group;
  }

  public void delete(long id) {
    SecurityGroup group = get(id);
    long campaigns = count("SELECT COUNT(c) FROM Campaign c WHERE c.securityGroup = :g", group);
    long agents = count("SELECT COUNT(a) FROM Agent a WHERE a.securityGroup = :g", group);
    if (campaigns + agents > 0) {
      throw new ServiceException(
          ErrorCode.CONFLICT,
          String.format(
              "Security group %s still has %d campaign(s) and %d agent(s); move or delete them first",
              group.getName(), campaigns, agents));
    }
    em.createNativeQuery("DELETE FROM user_security_group WHERE security_group_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.remove(group);
  }

  private long count(String jpql, SecurityGroup group) {
    return em.createQuery(jpql, Long.class).setParameter("g", group).getSingleResult();
  }

  private void requireUniqueName(String name, Long exceptId) {
    List<SecurityGroup> same =
        em.createNamedQuery(SecurityGroup.FIND_BY_NAME, SecurityGroup.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("name", name)
            .getResultList();
    if (same.stream().anyMatch(g -> !g.getId().equals(exceptId))) {
      throw new ServiceException(
          ErrorCode.CONFLICT, "A security group named " + name + " already exists");
    }
  }

  static String trim(String text) {
    return text == null ? null : text.strip();
  }
}
