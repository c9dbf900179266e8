package com.omniroute.security.boundary;

import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.UserAccount;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an open console session is checked against on every request: each user's account version
 * (raised by every change of roles, password, groups or linked agent), roles, and a digest of the
 * password hash. A session whose version is behind takes the new roles at once, or ends when the
 * password changed or the user is gone (see {@code RoutingAuthenticationMechanism}).
 *
 * <p>Held in memory and filled from the database on first use, so that the check costs a map look
 * up; {@link UserService} forgets a user when changing it, at once and again after its commit.
 * Bean-managed concurrency: the map is thread-safe on its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccountVersions {

  /** A user's account as a session was opened with, or as it is now. */
  public record Stamp(int version, Set<Role> roles, String password) {}

  private final ConcurrentHashMap<String, Stamp> stamps = new ConcurrentHashMap<>();

  /** Counts forgets, so that a load that began before one does not store what it read. */
  private final AtomicLong forgets = new AtomicLong();

  @PersistenceContext private EntityManager em;

  /** The user's stamp now; empty when there is no such user. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Stamp> current(String username) {
    Stamp known = stamps.get(username);
    if (known != null) {
      return Optional.of(known);
    }
    long forgetsBefore = forgets.get();
    List<UserAccount> users =
        em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
            .setParameter("username", username)
            .setHint("eclipselink.refresh", "true")
            .getResultList();
    if (users.isEmpty()) {
      return Optional.empty();
    }
    UserAccount user = users.get(0);
    Stamp stamp =
        new Stamp(
            user.getVersion(),
            user.getRoles().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(user.getRoles())),
            digest(user.getPasswordHash()));
    stamps.compute(username, (name, old) -> forgets.get() == forgetsBefore ? stamp : old);
    return Optional.of(stamp);
  }

  public void forget(String username) {
    forgets.incrementAndGet();
    stamps.remove(username);
  }

  private static String digest(String passwordHash) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(passwordHash.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
