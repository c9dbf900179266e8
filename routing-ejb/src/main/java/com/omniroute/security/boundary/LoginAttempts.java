package com.omniroute.security.boundary;

import static com.omniroute.security.control.LoginLimits.plausibleUsername;

import com.omniroute.security.control.LoginLimits;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, for the throttle that slows down password guessing. Counted per client address and
 * username together: after {@link #MAX_FAILURES} failures in a row, that username is refused from
 * that address, whatever password comes, for {@link #FIRST_DELAY}, and each further failure after a
 * delay doubles it up to {@link #LONGEST_DELAY}. The console's form and the API's Basic credentials
 * count alike. Unknown usernames are counted like known ones, so the throttle reveals nothing about
 * which users exist.
 *
 * <p>Because the address is part of the key, a stranger who types wrong passwords for someone
 * else's username (the superadmin's included) only delays themselves: the real user, from their own
 * address, logs in as before. (Behind a reverse proxy every client has the proxy's address unless
 * the server is told to take the client's from the proxy; see docs/security.md.)
 *
 * <p>Held in memory only, and bounded: a username longer than {@link
 * LoginLimits#MAX_USERNAME_LENGTH} is never counted (nobody can have it), counts go stale after
 * {@link #FORGET_AFTER} of quiet, and at most {@link #MAX_COUNTED} counts are kept, the stale ones
 * dropped first, then the oldest. A restart forgets every count, and each server of a cluster
 * counts on its own. A success resets the count.
 *
 * <p>Bean-managed concurrency: the map is thread-safe on its own and every change is one atomic
 * {@code compute}.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LoginAttempts {

  public static final int MAX_FAILURES = 5;

  static final Duration FIRST_DELAY = Duration.ofMinutes(1);
  static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  /** At most this many counts are kept. */
  static final int MAX_COUNTED = 10_000;

  private record Key(String address, String username) {}

  private record Count(int failures, Instant lastFailure, Instant lockedUntil) {
    boolean staleAt(Instant now) {
      Instant last = lockedUntil != null ? lockedUntil : lastFailure;
      return !last.plus(FORGET_AFTER).isAfter(now);
    }

    Optional<Duration> lockedFor(Instant now) {
      if (lockedUntil == null || !lockedUntil.isAfter(now)) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, lockedUntil));
    }
  }

  private final ConcurrentHashMap<Key, Count> counts = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginAttempts() {
    this(Clock.systemUTC());
  }

  LoginAttempts(Clock clock) {
    this.clock = clock;
  }

  /** How much longer the username is held back for the address; empty when it may try. */
  public Optional<Duration> lockedFor(String username, String address) {
    if (!plausibleUsername(username)) {
      return Optional.empty();
    }
    Count count = counts.get(new Key(address(address), username));
    return count == null ? Optional.empty() : count.lockedFor(clock.instant());
  }

  /** The longest delay the username has from any address (for the superadmin's list of users). */
  public Optional<Duration> lockedFor(String username) {
    Instant now = clock.instant();
    return counts.entrySet().stream()
        .filter(entry -> entry.getKey().username().equals(username))
        .map(entry -> entry.getValue().lockedFor(now))
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  public void failed(String username, String address) {
    if (!plausibleUsername(username)) {
      return;
    }
    Instant now = clock.instant();
    counts.compute(
        new Key(address(address), username),
        (key, count) -> {
          int failures = count == null || count.staleAt(now) ? 1 : count.failures() + 1;
          return new Count(failures, now, delay(failures).map(now::plus).orElse(null));
        });
    if (counts.size() > MAX_COUNTED) {
      makeRoom(now);
    }
  }

  /** Drops the stale counts, and when that is not enough, the oldest tenth, in one go. */
  private void makeRoom(Instant now) {
    counts.values().removeIf(count -> count.staleAt(now));
    if (counts.size() > MAX_COUNTED) {
      counts.entrySet().stream()
          .sorted(Comparator.comparing(entry -> entry.getValue().lastFailure()))
          .limit(counts.size() - MAX_COUNTED + MAX_COUNTED / 10)
          .toList()
          .forEach(oldest -> counts.remove(oldest.getKey(), oldest.getValue()));
    }
  }

  /** The delay after so many failures in a row: none, then doubling up to the longest. */
  static Optional<Duration> delay(int failures) {
    if (failures < MAX_FAILURES) {
      return Optional.empty();
    }
    int doublings = Math.min(failures - MAX_FAILURES, 10);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return Optional.of(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
  }

  public void succeeded(String username, String address) {
    if (plausibleUsername(username)) {
      counts.remove(new Key(address(address), username));
    }
  }

  /**
   * Forgets the failures of a username from every address, which lifts its delays at once: a
   * superadmin's answer to a user who locked themselves out.
   *
   * @return whether there were failures to forget
   */
  @RolesAllowed("superadmin")
  public boolean unlock(String username) {
    return counts.keySet().removeIf(key -> key.username().equals(username));
  }

  /** How many counts are kept (for tests of the bound). */
  int counted() {
    return counts.size();
  }

  private static String address(String address) {
    return address == null ? "" : address;
  }
}
