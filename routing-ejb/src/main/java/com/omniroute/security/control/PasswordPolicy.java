package com.omniroute.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (OWASP ASVS 5.0 level 1, chapter 6.2): at least {@link #MIN_LENGTH}
 * characters, at most {@link LoginLimits#MAX_PASSWORD_LENGTH}, not one of the commonly used
 * passwords of {@code common-passwords.txt} (case-insensitively), and not one character repeated.
 * No rules on character classes, which the standard advises against.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** Why the password may not be used, or empty when it may. */
  public static Optional<String> problem(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("Password must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > LoginLimits.MAX_PASSWORD_LENGTH) {
      return Optional.of(
          "Password must be at most " + LoginLimits.MAX_PASSWORD_LENGTH + " characters");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))
        || password.chars().distinct().count() == 1) {
      return Optional.of("Password is too common: choose one that others are unlikely to use");
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing from the build");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
