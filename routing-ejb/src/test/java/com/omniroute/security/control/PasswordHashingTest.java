package com.omniroute.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private final PasswordHashing hashing = new PasswordHashing();

  @Test
  void hashIsSaltedSlowAndVerifies() {
    String first = hashing.hash("correct horse");
    String second = hashing.hash("correct horse");

    assertThat(first).startsWith("PBKDF2WithHmacSHA512:210000:").isNotEqualTo(second);
    assertThat(hashing.matches("correct horse", first)).isTrue();
    assertThat(hashing.matches("correct horse", second)).isTrue();
    assertThat(hashing.matches("correct hors", first)).isFalse();
    assertThat(first).doesNotContain("correct");
  }

  @Test
  void verifiesHashesWrittenWithOtherParametersInTheSameFormat() {
    // Produced by Jakarta Security's Pbkdf2PasswordHash (Soteria, its defaults) for "secret".
    String soteria =
        "PBKDF2WithHmacSHA256:2048:HTm+YfVbF+RWDlCfllFJcRtqlh38z0Nqd5qOj5wEFd0="
            + ":94Z8ISPpvMyjlxfEHEIv74oEnps9wkufHxk9JrAVN7o=";
    assertThat(hashing.matches("secret", soteria)).isTrue();
    assertThat(hashing.matches("Secret", soteria)).isFalse();
    Map<String, Boolean> malformed =
        Map.of(
            "",
            false,
            "plain",
            false,
            "PBKDF2WithHmacSHA512:x:y:z",
            false,
            "MD5:1:AA==:AA==",
            false);
    malformed.forEach(
        (hash, expected) -> assertThat(hashing.matches("secret", hash)).isEqualTo(expected));
  }

  @Test
  void theDecoyForUnknownUsersCostsExactlyOneRealHash() {
    // PBKDF2's cost is its iterations times one block per 64 bytes of key: compare both.
    String[] decoy = hashing.decoy().split(":");
    String[] real = hashing.hash("correct horse").split(":");
    assertThat(decoy[0]).isEqualTo(real[0]);
    assertThat(decoy[1]).isEqualTo(real[1]);
    assertThat(java.util.Base64.getDecoder().decode(decoy[3]))
        .hasSameSizeAs(java.util.Base64.getDecoder().decode(real[3]));
    assertThat(hashing.matchesNothing("correct horse")).isFalse();
  }

  @Test
  void adminPasswordComesFromEnvironmentThenPropertyThenIsGenerated() {
    assertThat(AdminPassword.configured(k -> "from-env", k -> "from-prop")).contains("from-env");
    assertThat(AdminPassword.configured(k -> "  ", k -> "from-prop")).contains("from-prop");
    assertThat(AdminPassword.configured(k -> null, k -> null)).isEmpty();
    String generated = AdminPassword.generate();
    assertThat(generated)
        .hasSize(24)
        .matches("[A-Za-z0-9_-]+")
        .isNotEqualTo(AdminPassword.generate());
  }
}
