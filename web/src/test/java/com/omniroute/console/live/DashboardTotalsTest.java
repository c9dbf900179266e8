package com.omniroute.console.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.stats.boundary.CampaignLive;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's totals row and its order of campaigns. */
class DashboardTotalsTest {

  private static CampaignLive campaign(
      String name, long waiting, long longest, Double sl, long inTime, long measured) {
    return new CampaignLive(
        1, name, "VOICE", "UTC", true, true, waiting, longest, sl, inTime, measured, inTime, 0, 1,
        2, 1, 3, 4);
  }

  @Test
  void theServiceLevelOfTheTotalsComesFromTheSummedCountsNotFromAnAverage() {
    // 1 of 1 in time (100 %) and 1 of 9 in time (11 %): 2 of 10 is 20 %, the average would be 56 %.
    CampaignLive totals =
        DashboardBacking.totals(
            List.of(
                campaign("A", 2, 30, 100.0, 1, 1),
                campaign("B", 3, 95, 100.0 / 9, 1, 9),
                campaign("C", 0, 0, null, 0, 0)),
            "Total");
    assertThat(totals.serviceLevelPercent()).isEqualTo(20.0);
    assertThat(totals.waiting()).isEqualTo(5);
    assertThat(totals.longestWaitSeconds()).as("the longest wait of all").isEqualTo(95);
    assertThat(totals.chatsOverTimeLimit()).isEqualTo(3);
    assertThat(totals.loggedOut()).isEqualTo(12);
  }

  @Test
  void campaignsWithoutTrafficHaveNoServiceLevelAndNeedNoAttention() {
    CampaignLive idle = campaign("Idle", 0, 0, null, 0, 0);
    assertThat(DashboardBacking.totals(List.of(idle), "Total").serviceLevelPercent()).isNull();
    assertThat(DashboardBacking.needsAttention(idle)).isFalse();
    assertThat(DashboardBacking.needsAttention(campaign("Queue", 1, 5, null, 0, 0))).isTrue();
    assertThat(DashboardBacking.needsAttention(campaign("Missed", 0, 0, 50.0, 1, 2))).isTrue();
    assertThat(DashboardBacking.needsAttention(campaign("Met", 0, 0, 90.0, 9, 10))).isFalse();
  }
}
