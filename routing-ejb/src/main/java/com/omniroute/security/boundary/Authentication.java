package com.omniroute.security.boundary;

import com.omniroute.security.control.LoginLimits;
import com.omniroute.security.control.PasswordHashing;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a username and password against the stored users. */
@Stateless
@PermitAll
public class Authentication {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwordHashing;

  @Inject private CredentialCache cache;

  @Inject private LoginAttempts attempts;

  /**
   * The user's roles when the password matches; empty for an unknown user, a wrong password, a
   * username or password too long to be anyone's (refused without a trace, so that they cannot fill
   * the memory), or a username the client's address must wait for after too many failures (see
   * {@link LoginAttempts}).
   *
   * @param address the client's address, which the throttle counts failures by
   */
  public Optional<Set<Role>> verify(String username, String password, String address) {
    if (!LoginLimits.plausibleUsername(username) || !LoginLimits.plausiblePassword(password)) {
      return Optional.empty();
    }
    if (attempts.lockedFor(username, address).isPresent()) {
      return Optional.empty();
    }
    Optional<Set<Role>> verified =
        cache.verify(username, password, () -> verifyWithHash(username, password));
    if (verified.isPresent()) {
      attempts.succeeded(username, address);
    } else {
      attempts.failed(username, address);
    }
    return verified;
  }

  private Optional<Set<Role>> verifyWithHash(String username, String password) {
    List<UserAccount> users =
        em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
            .setParameter("username", username)
            .getResultList();
    if (users.isEmpty()) {
      // Spend the same time as for a known user, so response times do not reveal usernames.
      passwordHashing.matchesNothing(password);
      return Optional.empty();
    }
    UserAccount user = users.get(0);
    if (!passwordHashing.matches(password, user.getPasswordHash())) {
      return Optional.empty();
    }
    return Optional.of(
        user.getRoles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(user.getRoles())));
  }
}
