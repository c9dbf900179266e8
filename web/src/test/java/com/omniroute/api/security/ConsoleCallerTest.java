package com.omniroute.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.api.security.RoutingAuthenticationMechanism.ConsoleCaller;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleCallerTest {

  @Test
  void aSessionEndsTwelveHoursAfterItsLoginHoweverBusy() {
    Instant login = Instant.parse("2026-03-02T08:00:00Z");
    ConsoleCaller caller = new ConsoleCaller("ana", Set.of("supervisor"), 3, "digest", login);

    assertThat(caller.expiredAt(login.plus(Duration.ofHours(11)).plusSeconds(3599))).isFalse();
    assertThat(caller.expiredAt(login.plus(Duration.ofHours(12)))).isTrue();
  }
}
