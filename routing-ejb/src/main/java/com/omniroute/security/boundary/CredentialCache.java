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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, that a username and password were verified, so that an API client
 * sending HTTP Basic credentials with every request pays the slow hash once a minute rather than on
 * every call. Only a keyed digest of the password is held, under a key that never leaves this
 * process. Changing or deleting a user forgets it at once.
 *
 * <p>Bean-managed concurrency: the map is thread-safe on its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CredentialCache {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

  private record Entry(byte[] digest, Set<Role> roles, Instant expires) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();
  private final byte[] key = new byte[32];

  public CredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  public Optional<Set<Role>> lookup(String username, String password) {
    Entry entry = entries.get(username);
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(entry.digest(), digest(username, password))
        ? Optional.of(entry.roles())
        : Optional.empty();
  }

  public void remember(String username, String password, Set<Role> roles) {
    entries.put(
        username, new Entry(digest(username, password), roles, clock.instant().plus(TIME_TO_LIVE)));
  }

  public void forget(String username) {
    entries.remove(username);
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
