package com.omniroute.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per username, for the lock-out: after {@link #MAX_FAILURES} failures in a row a
 * username is refused for {@link #LOCK_OUT}, whatever password comes, through the console's form
 * and the API's Basic credentials alike. Unknown usernames are counted like known ones, so the
 * lock-out reveals nothing about which users exist.
 *
 * <p>Held in memory only: a restart of the server forgets every count and every lock-out, and each
 * server of a cluster counts on its own. A success resets the count, and so does a quiet {@link
 * #LOCK_OUT} after the last failure; such stale counts are dropped once there are many, so that
 * failures under random usernames cannot fill the memory.
 *
 * <p>Bean-managed concurrency: the map is thread-safe on its own and every change is one atomic
 * {@code compute}.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginAttempts {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK_OUT = Duration.ofMinutes(15);

  /** Beyond this many counted usernames, stale counts are dropped at the next failure. */
  static final int PURGE_ABOVE = 10_000;

  private record Count(int failures, Instant lastFailure, Instant lockedUntil) {
    boolean staleAt(Instant now) {
      Instant end = lockedUntil != null ? lockedUntil : lastFailure.plus(LOCK_OUT);
      return !end.isAfter(now);
    }
  }

  private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginAttempts() {
    this(Clock.systemUTC());
  }

  LoginAttempts(Clock clock) {
    this.clock = clock;
  }

  /** How much longer the username is locked out; empty when it may try. */
  public Optional<Duration> lockedFor(String username) {
    Count count = counts.get(key(username));
    if (count == null || count.lockedUntil() == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), count.lockedUntil());
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  public void failed(String username) {
    Instant now = clock.instant();
    counts.compute(
        key(username),
        (name, count) -> {
          int failures = count == null || count.staleAt(now) ? 1 : count.failures() + 1;
          return new Count(failures, now, failures >= MAX_FAILURES ? now.plus(LOCK_OUT) : null);
        });
    if (counts.size() > PURGE_ABOVE) {
      counts.values().removeIf(count -> count.staleAt(now));
    }
  }

  public void succeeded(String username) {
    counts.remove(key(username));
  }

  /**
   * Forgets the failures of a username, which lifts its lock-out at once: a superadmin's answer to
   * a user who locked themselves out, or was locked out by someone guessing their password.
   *
   * @return whether there were failures to forget
   */
  @RolesAllowed("superadmin")
  public boolean unlock(String username) {
    return counts.remove(key(username)) != null;
  }

  /** How many usernames have a count (for tests of the purge). */
  int counted() {
    return counts.size();
  }

  private static String key(String username) {
    return username == null ? "" : username;
  }
}
