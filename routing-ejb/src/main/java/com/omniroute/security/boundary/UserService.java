package com.omniroute.security.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.audit.boundary.AuditLog;
import com.omniroute.audit.control.Snapshots;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.platform.boundary.Checks;
import com.omniroute.platform.boundary.ErrorCode;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.platform.boundary.Violations;
import com.omniroute.security.control.LoginLimits;
import com.omniroute.security.control.PasswordHashing;
import com.omniroute.security.control.PasswordPolicy;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Console and API users: managed by a superadmin only. */
@Stateless
@RolesAllowed("superadmin")
public class UserService {

  public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private PasswordHashing passwordHashing;

  @Inject private CredentialCache credentials;

  @Inject private AccountVersions versions;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  @Resource private TransactionSynchronizationRegistry transactions;

  public List<UserAccount> list() {
    return em.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList();
  }

  public UserAccount get(long id) {
    UserAccount user = em.find(UserAccount.class, id);
    if (user == null) {
      throw ServiceException.notFound("User", id);
    }
    return user;
  }

  public UserAccount create(UserInput input) {
    Violations violations = new Violations();
    requirePassword(input.password(), violations);
    Set<Role> roles = roles(input.roles(), violations);
    UserAccount user =
        new UserAccount(
            SecurityGroupService.trim(input.username()),
            input.password() == null ? "" : "pending",
            roles);
    apply(user, input, violations);
    Checks.valid(validator, user);
    requireUniqueUsername(user.getUsername(), null);
    user.setPasswordHash(passwordHashing.hash(input.password()));
    em.persist(user);
    audit.created(
        AuditObjectType.USER, user.getId(), user.getUsername(), Snapshots.user(user), List.of());
    return user;
  }

  public UserAccount update(long id, UserInput input) {
    UserAccount user = get(id);
    var before = Snapshots.user(user);
    String oldUsername = user.getUsername();
    Violations violations = new Violations();
    if (input.password() != null) {
      requirePassword(input.password(), violations);
    }
    Set<Role> roles = roles(input.roles(), violations);
    if (user.getId() == callers.current().userId() && !roles.contains(Role.SUPERADMIN)) {
      violations.add(
          "roles", "You cannot remove the superadmin role from yourself", "refusal.ownSuperadmin");
    }
    user.setUsername(SecurityGroupService.trim(input.username()));
    user.getRoles().clear();
    user.getRoles().addAll(roles);
    apply(user, input, violations);
    Checks.valid(validator, user);
    requireUniqueUsername(user.getUsername(), id);
    if (input.password() != null) {
      user.setPasswordHash(passwordHashing.hash(input.password()));
    }
    // Raised even when only the roles or groups changed, which are collections of their own.
    em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    var after = Snapshots.user(user);
    if (input.password() != null) {
      // That it was set, never what it is.
      after.put("passwordChanged", true);
    }
    audit.updated(AuditObjectType.USER, id, user.getUsername(), before, after, List.of());
    forgetNowAndAfterCommit(oldUsername, user.getUsername());
    return user;
  }

  public void delete(long id) {
    UserAccount user = get(id);
    if (user.getId() == callers.current().userId()) {
      throw new ServiceException(ErrorCode.CONFLICT, "You cannot delete your own user")
          .keyed("refusal.ownUser");
    }
    forgetNowAndAfterCommit(user.getUsername());
    audit.deleted(AuditObjectType.USER, id, user.getUsername(), Snapshots.user(user), List.of());
    em.remove(user);
  }

  /**
   * Makes a change of a user take effect on its cached credentials and open sessions: forgotten
   * now, and again once the change is committed, so that a request that read the old row in between
   * cannot keep it.
   */
  private void forgetNowAndAfterCommit(String... usernames) {
    Runnable forget =
        () -> {
          for (String username : usernames) {
            credentials.forget(username);
            versions.forget(username);
          }
        };
    forget.run();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            forget.run();
          }
        });
  }

  private void apply(UserAccount user, UserInput input, Violations violations) {
    user.getSecurityGroups().clear();
    for (Long groupId :
        input.securityGroupIds() == null ? List.<Long>of() : input.securityGroupIds()) {
      SecurityGroup group = groupId == null ? null : em.find(SecurityGroup.class, groupId);
      if (group == null) {
        violations.add(
            "securityGroupIds",
            "Security group " + groupId + " does not exist",
            "refusal.groupGone",
            String.valueOf(groupId));
      } else {
        user.getSecurityGroups().add(group);
      }
    }
    Agent agent = null;
    if (input.agentId() != null) {
      agent = em.find(Agent.class, input.agentId());
      if (agent == null) {
        violations.add(
            "agentId",
            "Agent " + input.agentId() + " does not exist",
            "refusal.agentGone",
            String.valueOf(input.agentId()));
      } else if (!user.getRoles().contains(Role.AGENT)) {
        violations.add(
            "agentId",
            "Only a user with the agent role can be linked to an agent",
            "refusal.agentNeedsAgentRole");
      }
    } else if (user.getRoles().contains(Role.AGENT)) {
      violations.add(
          "agentId",
          "A user with the agent role must be linked to an agent",
          "refusal.agentRoleNeedsAgent");
    }
    user.setAgent(agent);
    if (!violations.isEmpty()) {
      throw new ServiceException(ErrorCode.VALIDATION, violations.get(0).message(), violations);
    }
  }

  private static void requirePassword(String password, Violations violations) {
    PasswordPolicy.problem(password)
        .ifPresent(
            problem ->
                violations.add(
                    "password",
                    problem,
                    password == null || password.length() < PasswordPolicy.MIN_LENGTH
                        ? "refusal.passwordTooShort"
                        : password.length() > LoginLimits.MAX_PASSWORD_LENGTH
                            ? "refusal.passwordTooLong"
                            : "refusal.passwordTooCommon",
                    password == null || password.length() < PasswordPolicy.MIN_LENGTH
                        ? PasswordPolicy.MIN_LENGTH
                        : LoginLimits.MAX_PASSWORD_LENGTH));
  }

  private static Set<Role> roles(List<String> names, Violations violations) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      try {
        roles.add(Role.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        violations.add(
            new Violation(
                "roles",
                "Unknown role "
                    + name
                    + "; roles are superadmin, admin, supervisor, agent, connector"));
      }
    }
    if (roles.isEmpty()) {
      violations.add("roles", "At least one role is required", "refusal.rolesRequired");
    }
    return roles;
  }

  private void requireUniqueUsername(String username, Long exceptId) {
    List<UserAccount> same =
        em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("username", username)
            .getResultList();
    if (same.stream().anyMatch(u -> !u.getId().equals(exceptId))) {
      throw new ServiceException(ErrorCode.CONFLICT, "A user named " + username + " already exists")
          .keyed("refusal.usernameTaken", username);
    }
  }
}
