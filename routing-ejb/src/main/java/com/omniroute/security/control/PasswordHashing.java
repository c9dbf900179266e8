package com.omniroute.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted slow hashes of passwords: PBKDF2-HMAC-SHA512 from the JDK's own provider, with the
 * iteration count OWASP recommends for it.
 *
 * <p>The stored text is {@code algorithm:iterations:base64(salt):base64(hash)}, the format of
 * Jakarta Security's {@code Pbkdf2PasswordHash}, so either can verify the other's hashes. Because
 * the parameters travel with each hash, they can be raised later without invalidating old ones.
 * (Jakarta Security's own bean is not used: WildFly only provides it to deployments that declare an
 * authentication mechanism, and this one must work before any does.)
 */
@ApplicationScoped
public class PasswordHashing {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 64;

  private final SecureRandom random = new SecureRandom();

  /**
   * A hash of a random password with this class's own parameters, checked when a username is
   * unknown so that the answer takes as long as for a known user with a wrong password. Made here
   * rather than written as a constant, so that it can never cost more or less than a real hash (a
   * constant with a 65-byte key once cost two PBKDF2 blocks, twice a real one).
   */
  private final String decoy;

  public PasswordHashing() {
    byte[] password = new byte[24];
    random.nextBytes(password);
    decoy = hash(Base64.getEncoder().encodeToString(password));
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        ":",
        ALGORITHM,
        Integer.toString(ITERATIONS),
        base64.encodeToString(salt),
        base64.encodeToString(key));
  }

  /**
   * Spends the time of one {@link #matches} against a stored hash of this class's parameters, and
   * answers false: for an unknown username.
   */
  public boolean matchesNothing(String password) {
    matches(password, decoy);
    return false;
  }

  /** The decoy's hash, for tests of its cost. */
  String decoy() {
    return decoy;
  }

  /** Whether the password matches the stored hash; false for any hash that is not well formed. */
  public boolean matches(String password, String storedHash) {
    String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
    if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(parts[0], password, salt, iterations, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(
      String algorithm, String password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Unsupported password hash algorithm " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }
}
