package com.omniroute.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final LoginAttempts attempts =
      new LoginAttempts(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      attempts.failed(username);
    }
  }

  @Test
  void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
    fail("ana", 4);
    assertThat(attempts.lockedFor("ana")).isEmpty();

    attempts.failed("ana");
    assertThat(attempts.lockedFor("ana")).contains(Duration.ofMinutes(15));

    now = now.plus(Duration.ofMinutes(14));
    assertThat(attempts.lockedFor("ana")).contains(Duration.ofMinutes(1));
    now = now.plus(Duration.ofMinutes(1));
    assertThat(attempts.lockedFor("ana")).isEmpty();
  }

  @Test
  void aSuccessResetsTheCount() {
    fail("ana", 4);
    attempts.succeeded("ana");
    fail("ana", 4);

    assertThat(attempts.lockedFor("ana")).isEmpty();
  }

  @Test
  void afterALockOutEndsTheCountStartsAgain() {
    fail("ana", 5);
    now = now.plus(Duration.ofMinutes(15));

    attempts.failed("ana");

    assertThat(attempts.lockedFor("ana")).isEmpty();
  }

  @Test
  void anUnlockLiftsTheLockOutAndForgetsTheFailures() {
    fail("ana", 5);
    fail("bruno", 5);

    assertThat(attempts.unlock("ana")).isTrue();

    assertThat(attempts.lockedFor("ana")).isEmpty();
    assertThat(attempts.lockedFor("bruno")).isPresent();
    fail("ana", 4);
    assertThat(attempts.lockedFor("ana")).isEmpty();
    assertThat(attempts.unlock("carla")).isFalse();
  }

  @Test
  void eachUsernameCountsOnItsOwnKnownOrNot() {
    fail("ana", 5);
    fail("nobody-at-all", 5);

    assertThat(attempts.lockedFor("ana")).isPresent();
    assertThat(attempts.lockedFor("nobody-at-all")).isPresent();
    assertThat(attempts.lockedFor("bruno")).isEmpty();
  }

  @Test
  void staleCountsAreDroppedOnceThereAreMany() {
    for (int i = 0; i <= LoginAttempts.PURGE_ABOVE; i++) {
      attempts.failed("random-" + i);
    }
    fail("locked", 5);
    now = now.plus(Duration.ofMinutes(16));
    fail("recent", 5);

    assertThat(attempts.counted()).isEqualTo(1);
    assertThat(attempts.lockedFor("recent")).isPresent();
  }
}
