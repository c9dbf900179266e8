package com.omniroute.security.control;

/**
 * The longest username and password the product checks at login. Anything longer cannot be anyone's
 * and is refused at the door, before any count, cache entry or hash, so that it cannot fill the
 * memory or the processors.
 */
public final class LoginLimits {

  /** The longest username: that of an e-mail address. */
  public static final int MAX_USERNAME_LENGTH = 254;

  /** The longest password checked. */
  public static final int MAX_PASSWORD_LENGTH = 1024;

  private LoginLimits() {}

  /** Whether a username could be a user's at all. */
  public static boolean plausibleUsername(String username) {
    return username != null && !username.isEmpty() && username.length() <= MAX_USERNAME_LENGTH;
  }

  /** Whether a password is worth a hash. */
  public static boolean plausiblePassword(String password) {
    return password != null && password.length() <= MAX_PASSWORD_LENGTH;
  }
}
