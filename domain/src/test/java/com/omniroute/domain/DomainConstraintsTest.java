package com.omniroute.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.security.entity.SecurityGroup;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The design's ranges, as the entities' constraints and their messages state them. */
class DomainConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  private final SecurityGroup group = new SecurityGroup("Support");
  private final MediaType voice = new MediaType("VOICE", 100, 50, 1, Set.of("CHAT", "EMAIL"));

  @BeforeAll
  static void createValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void defaultsOfANewCampaignAreValid() {
    Campaign campaign = new Campaign("Sales", voice, group);

    assertThat(validator.validate(campaign)).isEmpty();
    assertThat(campaign.isEnabled()).isTrue();
    assertThat(campaign.getSchedule()).isEmpty();
    assertThat(campaign.getTimeZone()).isEqualTo("UTC");
  }

  @Test
  void campaignLimitsOutsideTheirRangesNameTheFieldAndTheRule() {
    Campaign campaign = new Campaign(" ", voice, group);
    campaign.setServiceLevelSeconds(-1);
    campaign.setAcdLimit(-5);
    campaign.setMaxInteractionsPerAgent(0);
    campaign.setTimeZone("Mars/Olympus_Mons");

    assertThat(violations(campaign))
        .containsExactlyInAnyOrder(
            tuple("name", "Name is required"),
            tuple("serviceLevelSeconds", "Seconds must be 0 or more"),
            tuple("acdLimit", "ACD limit must be 0 (no limit) or more"),
            tuple(
                "maxInteractionsPerAgent", "Max interactions per agent must be between 1 and 100"),
            tuple("timeZone", "Time zone must be an IANA time-zone id such as Europe/Madrid"));
  }

  @Test
  void penaltyIsZeroToOneHundred() {
    Agent agent = new Agent("Ana", "ana", group);
    Campaign campaign = new Campaign("Sales", voice, group);

    assertThat(violations(new CampaignMember(campaign, agent, 0))).isEmpty();
    assertThat(violations(new CampaignMember(campaign, agent, 100))).isEmpty();
    assertThat(violations(new CampaignMember(campaign, agent, -1)))
        .containsExactly(tuple("penalty", "Penalty must be between 0 and 100"));
    assertThat(violations(new CampaignMember(campaign, agent, 101)))
        .containsExactly(tuple("penalty", "Penalty must be between 0 and 100"));
  }

  @Test
  void capacityPolicyRanges() {
    assertThat(violations(new MediaType("CHAT", 25, 25, 2, Set.of()))).isEmpty();
    assertThat(violations(new MediaType("chat", 0, 101, 0, Set.of())))
        .containsExactlyInAnyOrder(
            tuple(
                "code",
                "Media type code must be 2 to 32 capital letters, digits or _ and start with a letter"),
            tuple("share", "Share must be between 1 and 100"),
            tuple("requiredSpare", "Required spare must be between 0 and 100"),
            tuple("precedence", "Precedence must be between 1 and 1000"));
  }

  @Test
  void agentLoginIsRestrictedToSafeCharacters() {
    assertThat(violations(new Agent("Zoë Ñandú 山田", "zoe.nandu", group))).isEmpty();
    assertThat(violations(new Agent("Zoë", "zoë nandú", group)))
        .containsExactly(tuple("login", "Login may contain only letters, digits and . _ @ -"));
  }

  private static <T> Set<org.assertj.core.groups.Tuple> violations(T bean) {
    Set<ConstraintViolation<T>> found = validator.validate(bean);
    return found.stream()
        .map(v -> tuple(v.getPropertyPath().toString(), v.getMessage()))
        .collect(java.util.stream.Collectors.toSet());
  }
}
