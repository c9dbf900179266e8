package com.omniroute.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkChangeTest {

  @Test
  void everyPairOfTheCampaignsAndAgentsCampaignByCampaign() {
    assertThat(MembershipKey.allOf(List.of(1L, 2L), List.of(7L, 8L)))
        .containsExactly(
            new MembershipKey(1, 7),
            new MembershipKey(1, 8),
            new MembershipKey(2, 7),
            new MembershipKey(2, 8));
    assertThat(MembershipKey.allOf(List.of(), List.of(7L))).isEmpty();
  }

  @Test
  void countsDistinctAgentsAndCampaignsOfTheChangedPairs() {
    Set<MembershipKey> pairs = MembershipKey.allOf(List.of(1L, 2L), List.of(7L, 8L, 9L));
    pairs.remove(new MembershipKey(1, 7));

    assertThat(BulkChange.of(pairs)).isEqualTo(new BulkChange(5, 3, 2));
  }

  @Test
  void anAgentAlreadyInOneCampaignIsAddedToTheOtherOnly() {
    Set<MembershipKey> toAdd = MembershipKey.allOf(List.of(1L, 2L), List.of(7L));
    toAdd.removeAll(List.of(new MembershipKey(1, 7)));

    BulkChange added = BulkChange.of(toAdd);

    assertThat(added).isEqualTo(new BulkChange(1, 1, 1));
    assertThat(added.isEmpty()).isFalse();
    assertThat(BulkChange.of(List.of()).isEmpty()).isTrue();
  }
}
