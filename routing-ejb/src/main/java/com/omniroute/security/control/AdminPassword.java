package com.omniroute.security.control;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the first superadmin's password comes from: the environment variable {@value #ENV}, else
 * the system property {@value #PROPERTY}, else a random one that is logged once.
 */
public final class AdminPassword {

  public static final String ENV = "ROUTING_ADMIN_PASSWORD";
  public static final String PROPERTY = "routing.admin.password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminPassword() {}

  /** The configured password, if one is set and not blank. */
  public static Optional<String> configured(
      Function<String, String> environment, Function<String, String> systemProperties) {
    return Optional.ofNullable(environment.apply(ENV))
        .filter(p -> !p.isBlank())
        .or(() -> Optional.ofNullable(systemProperties.apply(PROPERTY)).filter(p -> !p.isBlank()));
  }

  /** 24 URL-safe characters from 144 random bits. */
  public static String generate() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
