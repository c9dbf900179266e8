package com.omniroute.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  @Test
  void aBlankFilterMatchesEveryName() {
    assertThat(LikePattern.containing(null)).isEqualTo("%");
    assertThat(LikePattern.containing("  ")).isEqualTo("%");
  }

  @Test
  void matchesTheTypedTextAnywhereWhateverItsCaseAndSpaceAround() {
    assertThat(LikePattern.containing("  Flo ")).isEqualTo("%flo%");
    assertThat(LikePattern.containing("ÁNGEL")).isEqualTo("%ángel%");
  }

  @Test
  void wildcardsAndTheEscapeCharacterThatWereTypedAreTakenLiterally() {
    assertThat(LikePattern.containing("100%")).isEqualTo("%100!%%");
    assertThat(LikePattern.containing("a_b")).isEqualTo("%a!_b%");
    assertThat(LikePattern.containing("hi!")).isEqualTo("%hi!!%");
  }
}
