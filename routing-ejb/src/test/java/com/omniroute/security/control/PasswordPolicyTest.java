package com.omniroute.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void commonPasswordsAreRefusedWhateverTheirCase() {
    for (String common : new String[] {"password", "12345678", "Password1", "QWERTYUIOP"}) {
      assertThat(PasswordPolicy.problem(common))
          .as(common)
          .contains("Password is too common: choose one that others are unlikely to use");
    }
    assertThat(PasswordPolicy.problem("zzzzzzzzzz")).isPresent();
  }

  @Test
  void shortAndOverlongPasswordsAreRefusedOthersAccepted() {
    assertThat(PasswordPolicy.problem("s3cr3t!"))
        .contains("Password must be at least 8 characters");
    assertThat(PasswordPolicy.problem(null)).isPresent();
    assertThat(PasswordPolicy.problem("x1".repeat(600))).isPresent();
    assertThat(PasswordPolicy.problem("correct horse battery")).isEmpty();
    assertThat(PasswordPolicy.problem("pass-1a2b3c4d")).isEmpty();
  }
}
