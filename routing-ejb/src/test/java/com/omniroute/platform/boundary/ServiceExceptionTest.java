package com.omniroute.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceExceptionTest {

  /**
   * Issue 14, finding 9: "Campaign 7 does not exist" reached the Spanish and Portuguese console in
   * English. It now carries a key of the console's bundles with the id.
   */
  @Test
  void aMissingObjectIsRefusedInEnglishForTheApiAndByKeyForTheConsole() {
    ServiceException refusal = ServiceException.notFound("Security group", 7L);

    assertThat(refusal.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(refusal.getMessage()).isEqualTo("Security group 7 does not exist");
    assertThat(refusal.key())
        .contains(new MessageKey("refusal.notFound.securityGroup", List.<Serializable>of("7")));
    assertThat(ServiceException.notFound("Campaign", 12).key().orElseThrow().key())
        .isEqualTo("refusal.notFound.campaign");
  }
}
