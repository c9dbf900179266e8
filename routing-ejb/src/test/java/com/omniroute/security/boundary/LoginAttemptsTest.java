package com.omniroute.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.security.control.LoginLimits;
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

  private static final String HOME = "10.0.0.7";
  private static final String STRANGER = "203.0.113.66";

  private void fail(String username, int times) {
    fail(username, HOME, times);
  }

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      attempts.failed(username, address);
    }
  }

  @Test
  void fourFailuresDoNotDelayTheFifthDoesForAMinuteAndEachFurtherOneDoublesIt() {
    fail("ana", 4);
    assertThat(attempts.lockedFor("ana", HOME)).isEmpty();

    attempts.failed("ana", HOME);
    assertThat(attempts.lockedFor("ana", HOME)).contains(Duration.ofMinutes(1));
    now = now.plusSeconds(30);
    assertThat(attempts.lockedFor("ana", HOME)).contains(Duration.ofSeconds(30));
    now = now.plusSeconds(30);
    assertThat(attempts.lockedFor("ana", HOME)).isEmpty();

    attempts.failed("ana", HOME);
    assertThat(attempts.lockedFor("ana", HOME)).contains(Duration.ofMinutes(2));
    now = now.plus(Duration.ofMinutes(2));
    attempts.failed("ana", HOME);
    assertThat(attempts.lockedFor("ana", HOME)).contains(Duration.ofMinutes(4));
    assertThat(LoginAttempts.delay(9)).contains(Duration.ofMinutes(15));
    assertThat(LoginAttempts.delay(500)).contains(Duration.ofMinutes(15));
  }

  @Test
  void aStrangerGuessingSomeonesPasswordOnlyDelaysTheStranger() {
    fail("admin", STRANGER, 50);

    assertThat(attempts.lockedFor("admin", STRANGER)).isPresent();
    assertThat(attempts.lockedFor("admin", HOME)).isEmpty();
    // The superadmin's list shows the stranger's delay, for the unlock.
    assertThat(attempts.lockedFor("admin")).isPresent();
  }

  @Test
  void aSuccessResetsTheCount() {
    fail("ana", 4);
    attempts.succeeded("ana", HOME);
    fail("ana", 4);

    assertThat(attempts.lockedFor("ana", HOME)).isEmpty();
  }

  @Test
  void afterAQuarterOfAnHourOfQuietTheCountStartsAgain() {
    fail("ana", 5);
    now = now.plus(Duration.ofMinutes(1)).plus(LoginAttempts.FORGET_AFTER);

    attempts.failed("ana", HOME);

    assertThat(attempts.lockedFor("ana", HOME)).isEmpty();
  }

  @Test
  void anUnlockLiftsTheDelaysFromEveryAddressAndForgetsTheFailures() {
    fail("ana", 5);
    fail("ana", STRANGER, 5);
    fail("bruno", 5);

    assertThat(attempts.unlock("ana")).isTrue();

    assertThat(attempts.lockedFor("ana", HOME)).isEmpty();
    assertThat(attempts.lockedFor("ana", STRANGER)).isEmpty();
    assertThat(attempts.lockedFor("bruno", HOME)).isPresent();
    fail("ana", 4);
    assertThat(attempts.lockedFor("ana", HOME)).isEmpty();
    assertThat(attempts.unlock("carla")).isFalse();
  }

  @Test
  void eachUsernameCountsOnItsOwnKnownOrNot() {
    fail("ana", 5);
    fail("nobody-at-all", 5);

    assertThat(attempts.lockedFor("ana", HOME)).isPresent();
    assertThat(attempts.lockedFor("nobody-at-all", HOME)).isPresent();
    assertThat(attempts.lockedFor("bruno", HOME)).isEmpty();
  }

  @Test
  void aUsernameTooLongToBeAnyonesIsNeverCounted() {
    String huge = "x".repeat(700_000);
    fail(huge, 10);
    fail("y".repeat(LoginLimits.MAX_USERNAME_LENGTH + 1), 10);

    assertThat(attempts.counted()).isZero();
    assertThat(attempts.lockedFor(huge, HOME)).isEmpty();
    fail("z".repeat(LoginLimits.MAX_USERNAME_LENGTH), 5);
    assertThat(attempts.counted()).isEqualTo(1);
  }

  @Test
  void theCountsStayBoundedUnderManyNamesStaleOnesGoingFirstThenTheOldest() {
    fail("locked", 5);
    now = now.plus(Duration.ofMinutes(1)).plus(LoginAttempts.FORGET_AFTER);
    fail("recent", 5);
    for (int i = 0; i < LoginAttempts.MAX_COUNTED - 1; i++) {
      now = now.plusMillis(1);
      attempts.failed("random-" + i + "-" + "n".repeat(200), STRANGER);
    }
    // The stale count made room; more names push out the oldest, "recent".
    assertThat(attempts.counted()).isEqualTo(LoginAttempts.MAX_COUNTED);
    assertThat(attempts.lockedFor("recent", HOME)).isPresent();
    for (int i = 0; i < 3 * LoginAttempts.MAX_COUNTED; i++) {
      now = now.plusMillis(1);
      attempts.failed("more-" + i, STRANGER);
    }
    assertThat(attempts.counted()).isLessThanOrEqualTo(LoginAttempts.MAX_COUNTED);
    assertThat(attempts.lockedFor("recent", HOME)).isEmpty();
  }
}
