package com.omniroute.security.boundary;

import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves the container's caller principal to the {@link Caller} the services scope by. */
@Stateless
public class Callers {

  @Resource private SessionContext session;

  @PersistenceContext private EntityManager em;

  /**
   * The current caller.
   *
   * @throws ServiceException {@code UNAUTHORIZED} when nobody is logged in, or the user is gone
   */
  public Caller current() {
    Principal principal = session.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    List<UserAccount> users =
        name == null || "anonymous".equals(name)
            ? List.of()
            : em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .getResultList();
    if (users.isEmpty()) {
      throw new ServiceException(ErrorCode.UNAUTHORIZED, "Authentication is required");
    }
    UserAccount user = users.get(0);
    Set<Long> groups =
        user.getSecurityGroups().stream().map(SecurityGroup::getId).collect(Collectors.toSet());
    return new Caller(
        user.getId(),
        user.getUsername(),
        user.getRoles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(user.getRoles())),
        Set.copyOf(groups),
        user.getAgent() == null ? null : user.getAgent().getId());
  }
}
