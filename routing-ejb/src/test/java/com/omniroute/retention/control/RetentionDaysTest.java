package com.omniroute.retention.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RetentionDaysTest {

  private static UnaryOperator<String> of(Map<String, String> values) {
    return values::get;
  }

  @Test
  void keepsFourHundredDaysUnlessTold() {
    RetentionDays.Result result = RetentionDays.read(of(Map.of()), of(Map.of()));
    assertThat(result.days()).contains(new RetentionDays(400, "default"));
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironment() {
    RetentionDays.Result result =
        RetentionDays.read(
            of(Map.of(RetentionDays.PROPERTY, " 90 ")),
            of(Map.of(RetentionDays.ENVIRONMENT, "30")));
    assertThat(result.days().orElseThrow().days()).isEqualTo(90);
    assertThat(
            RetentionDays.read(of(Map.of()), of(Map.of(RetentionDays.ENVIRONMENT, "30")))
                .days()
                .orElseThrow()
                .days())
        .isEqualTo(30);
  }

  @Test
  void refusesWhatIsNotAWholeNumberOfDaysInRangeAndSaysWhere() {
    for (String bad : new String[] {"40O", "0", "-5", "36501", "1.5"}) {
      RetentionDays.Result result =
          RetentionDays.read(of(Map.of(RetentionDays.PROPERTY, bad)), of(Map.of()));
      assertThat(result.days()).as(bad).isEmpty();
      assertThat(result.problem())
          .as(bad)
          .contains("system property omniroute.retention.days", "'" + bad + "'", "1 to 36500");
    }
  }
}
