package com.omniroute.security.boundary;

import com.omniroute.security.entity.Role;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers that a username and password were verified, so that an API client sending HTTP Basic
 * credentials with every request pays the slow hash about once a minute rather than on every call,
 * and never makes the API wait for a crowd of hashes:
 *
 * <ul>
 *   <li><b>Refresh ahead.</b> An entry is due for a new check after {@link #REFRESH_AFTER}; the
 *       first request that finds it due checks the password again with the slow hash, while every
 *       other request of that client is still answered from the entry, until {@link #EXPIRE_AFTER}
 *       without any request.
 *   <li><b>Spread.</b> Each entry is due at its own instant, drawn within the last fifth of {@link
 *       #REFRESH_AFTER}, so that clients that logged in together do not all hash together a minute
 *       later.
 *   <li><b>One hash per credential at a time.</b> When there is no entry, concurrent requests with
 *       the same username and password wait for one hash rather than each computing their own.
 * </ul>
 *
 * Only a keyed digest of the password is held, under a key that never leaves this process. Changing
 * or deleting a user forgets it at once, and a check that was under way when it was forgotten does
 * not put it back. Failed checks are never remembered.
 *
 * <p>Bean-managed concurrency: the maps are thread-safe on their own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CredentialCache {

  static final Duration REFRESH_AFTER = Duration.ofSeconds(60);
  static final Duration EXPIRE_AFTER = Duration.ofSeconds(120);

  private static final class Entry {
    final byte[] digest;
    final Set<Role> roles;
    final Instant refreshAt;
    final Instant expires;
    final AtomicBoolean refreshing = new AtomicBoolean();

    Entry(byte[] digest, Set<Role> roles, Instant refreshAt, Instant expires) {
      this.digest = digest;
      this.roles = roles;
      this.refreshAt = refreshAt;
      this.expires = expires;
    }
  }

  private record Flight(String username, String digest) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Flight, CompletableFuture<Optional<Set<Role>>>> inFlight =
      new ConcurrentHashMap<>();

  /** Counts forgets, so that a check that began before one does not store what it found. */
  private final AtomicLong forgets = new AtomicLong();

  private final Clock clock;
  private final RandomGenerator random;
  private final byte[] key = new byte[32];

  public CredentialCache() {
    this(Clock.systemUTC(), new SecureRandom());
  }

  CredentialCache(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
    new SecureRandom().nextBytes(key);
  }

  /**
   * The roles of a user whose password matches, from a remembered check or else from {@code
   * slowCheck} (which hashes); empty for a wrong password or an unknown user.
   */
  public Optional<Set<Role>> verify(
      String username, String password, Supplier<Optional<Set<Role>>> slowCheck) {
    byte[] digest = digest(username, password);
    Instant now = clock.instant();
    Entry entry = entries.get(username);
    if (entry != null
        && now.isBefore(entry.expires)
        && MessageDigest.isEqual(entry.digest, digest)) {
      if (now.isBefore(entry.refreshAt) || !entry.refreshing.compareAndSet(false, true)) {
        return Optional.of(entry.roles);
      }
      // This request refreshes the entry; the client's other requests go on with it meanwhile.
      try {
        return check(username, digest, slowCheck);
      } finally {
        entry.refreshing.set(false);
      }
    }
    return shared(username, digest, slowCheck);
  }

  /** Runs one check for a username and password, which concurrent equal requests wait for. */
  private Optional<Set<Role>> shared(
      String username, byte[] digest, Supplier<Optional<Set<Role>>> slowCheck) {
    Flight flight = new Flight(username, Base64.getEncoder().encodeToString(digest));
    CompletableFuture<Optional<Set<Role>>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<Set<Role>>> running = inFlight.putIfAbsent(flight, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
    }
    try {
      Optional<Set<Role>> result = check(username, digest, slowCheck);
      mine.complete(result);
      return result;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(flight, mine);
    }
  }

  private Optional<Set<Role>> check(
      String username, byte[] digest, Supplier<Optional<Set<Role>>> slowCheck) {
    long forgetsBefore = forgets.get();
    Optional<Set<Role>> result = slowCheck.get();
    Instant now = clock.instant();
    entries.compute(
        username,
        (name, old) -> {
          if (forgets.get() != forgetsBefore) {
            return old;
          }
          if (result.isEmpty()) {
            // The password no longer matches (it was changed): whatever was remembered under it
            // goes.
            return old != null && MessageDigest.isEqual(old.digest, digest) ? null : old;
          }
          return new Entry(digest, result.get(), refreshAt(now), now.plus(EXPIRE_AFTER));
        });
    return result;
  }

  /** A refresh instant within the last fifth of {@link #REFRESH_AFTER}, drawn for each entry. */
  private Instant refreshAt(Instant now) {
    long full = REFRESH_AFTER.toMillis();
    long spread = full / 5;
    return now.plusMillis(full - spread + random.nextLong(spread + 1));
  }

  public void forget(String username) {
    forgets.incrementAndGet();
    entries.remove(username);
  }

  /** How many credentials are remembered (for tests). */
  int remembered() {
    return entries.size();
  }

  private byte[] digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
