package com.omniroute.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentMembershipsTest {

  private static AgentMemberships flo(CampaignPenalty... campaigns) {
    return new AgentMemberships(7, "Flo", "flo", List.of(campaigns));
  }

  @Test
  void theSamePenaltyEverywhereIsShownOnce() {
    AgentMemberships flo =
        flo(new CampaignPenalty(1, "Sales", 10), new CampaignPenalty(2, "Support", 10));

    assertThat(flo.getCount()).isEqualTo(2);
    assertThat(flo.getCampaignNames()).isEqualTo("Sales, Support");
    assertThat(flo.isPenaltyUniform()).isTrue();
    assertThat(flo.getPenaltyRange()).isEqualTo("10");
    assertThat(flo.getUniformPenalty()).isEqualTo(10);
  }

  @Test
  void differingPenaltiesAreShownAsARangeAndPerCampaign() {
    AgentMemberships flo =
        flo(
            new CampaignPenalty(1, "Sales", 20),
            new CampaignPenalty(2, "Support", 5),
            new CampaignPenalty(3, "Web", 12));

    assertThat(flo.isPenaltyUniform()).isFalse();
    assertThat(flo.getPenaltyRange()).isEqualTo("5–20");
    assertThat(flo.getPenaltyByCampaign()).isEqualTo("Sales 20, Support 5, Web 12");
    assertThat(flo.getUniformPenalty()).isNull();
  }

  @Test
  void anAgentOfNoneOfTheCampaignsShowsNoPenalty() {
    AgentMemberships flo = flo();

    assertThat(flo.getCount()).isZero();
    assertThat(flo.getCampaignNames()).isEmpty();
    assertThat(flo.getPenaltyRange()).isEmpty();
    assertThat(flo.getUniformPenalty()).isNull();
  }
}
