package com.omniroute.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.member.entity.MembershipPenalty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipKeyTest {

  @Test
  void storedPenaltiesAreKeyedByCampaignAndAgentInTheOrderRead() {
    var penalties =
        MembershipKey.penalties(
            List.of(new MembershipPenalty(2L, 7L, 20), new MembershipPenalty(1L, 7L, 5)));

    assertThat(penalties)
        .containsExactly(
            Map.entry(new MembershipKey(2, 7), 20), Map.entry(new MembershipKey(1, 7), 5));
    assertThat(MembershipKey.penalties(List.of())).isEmpty();
  }
}
