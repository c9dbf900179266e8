package com.omniroute.campaign.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignSortTest {

  @Test
  void sortsByTheColumnThenByNameAndIdSoThatPagesAreStable() {
    assertThat(CampaignSort.CHANNEL.orderBy(false))
        .isEqualTo(" ORDER BY c.mediaType.code, c.name, c.id");
    assertThat(CampaignSort.ACD_LIMIT.orderBy(true))
        .isEqualTo(" ORDER BY c.acdLimit DESC, c.name, c.id");
  }

  @Test
  void byNameTheDirectionAppliesToTheNameAndTheIdOnlyBreaksTies() {
    assertThat(CampaignSort.NAME.orderBy(true)).isEqualTo(" ORDER BY c.name DESC, c.id");
  }

  @Test
  void eachOpenOrClosedSliceIsInNameOrder() {
    assertThat(CampaignSort.OPEN.orderBy(true)).isEqualTo(" ORDER BY c.name, c.id");
  }
}
