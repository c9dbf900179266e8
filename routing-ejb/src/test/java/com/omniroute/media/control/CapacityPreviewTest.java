package com.omniroute.media.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.omniroute.media.control.CapacityPreview.Hand;
import com.omniroute.media.control.CapacityPreview.Offer;
import com.omniroute.media.control.CapacityPreview.Shortfall;
import com.omniroute.media.control.CapacityPreview.Verdict;
import com.omniroute.routing.control.MediaPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The preview of docs/design.md section 3 with its defaults, its worked examples (3.4) and edits.
 */
class CapacityPreviewTest {

  private final CapacityPreview defaults = new CapacityPreview(MediaPolicy.defaults());

  private static Verdict verdictFor(Hand hand, String type) {
    return hand.verdicts().stream()
        .filter(v -> v.policy().code().equals(type))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> codes(List<Verdict> verdicts) {
    return verdicts.stream().map(v -> v.policy().code()).toList();
  }

  /** The defaults with one policy replaced, as an administrator edits one row. */
  private static CapacityPreview with(MediaPolicy edited) {
    List<MediaPolicy> policies = new ArrayList<>(MediaPolicy.defaults());
    policies.replaceAll(p -> p.code().equals(edited.code()) ? edited : p);
    return new CapacityPreview(policies);
  }

  @Test
  void example_threeChatsMayTakeAFourthChatButNotAnEmailAndACallOnlyByOverride() {
    Hand threeChats = defaults.hand(Map.of("CHAT", 3));

    assertThat(threeChats.used()).isEqualTo(75);
    assertThat(threeChats.spare()).isEqualTo(25);
    assertThat(codes(threeChats.withOffer(Offer.NORMAL)))
        .containsExactly("CHAT", "WHATSAPP", "MESSENGER", "SMS");
    assertThat(verdictFor(threeChats, "EMAIL"))
        .extracting(Verdict::offer, Verdict::shortfall)
        .as("email needs 100 spare")
        .containsExactly(Offer.REFUSED, Shortfall.SPARE);
    assertThat(verdictFor(threeChats, "VOICE"))
        .extracting(Verdict::offer, Verdict::shortfall)
        .as("a call needs 50 spare, but voice overrides chat")
        .containsExactly(Offer.OVERRIDE, Shortfall.SPARE);
  }

  @Test
  void example_threeChatsTakeNoCallWhenVoiceDoesNotOverrideChat() {
    CapacityPreview preview = with(new MediaPolicy("VOICE", 100, 50, 1, Set.of("EMAIL")));

    assertThat(verdictFor(preview.hand(Map.of("CHAT", 3)), "VOICE").offer())
        .isEqualTo(Offer.REFUSED);
  }

  @Test
  void example_withOneEmailInHandACallComesOnlyByOverride() {
    Hand oneEmail = defaults.hand(Map.of("EMAIL", 1));

    assertThat(verdictFor(oneEmail, "VOICE"))
        .extracting(Verdict::offer, Verdict::shortfall)
        .as("75 spare is enough, but a share of 100 does not fit")
        .containsExactly(Offer.OVERRIDE, Shortfall.SHARE);
    assertThat(verdictFor(oneEmail, "EMAIL").offer()).isEqualTo(Offer.REFUSED);
    assertThat(verdictFor(oneEmail, "CHAT").offer()).isEqualTo(Offer.NORMAL);
  }

  @Test
  void example_aCallInHandBlocksEverything() {
    Hand oneCall = defaults.hand(Map.of("VOICE", 1));

    assertThat(oneCall.spare()).isZero();
    assertThat(oneCall.withOffer(Offer.REFUSED)).hasSize(6);
  }

  @Test
  void anEmptyHandIsOfferedEveryTypeNormally() {
    assertThat(defaults.hand(Map.of()).withOffer(Offer.NORMAL)).hasSize(6);
  }

  @Test
  void anOverrideNeedsEveryTypeInHandToBeOverridden() {
    Hand chatAndSms = defaults.hand(Map.of("CHAT", 2, "SMS", 2));

    assertThat(chatAndSms.held()).containsExactly(Map.entry("CHAT", 2), Map.entry("SMS", 2));
    assertThat(verdictFor(chatAndSms, "VOICE").offer())
        .as("voice overrides chat but not SMS")
        .isEqualTo(Offer.REFUSED);
  }

  @Test
  void aloneAtOnceFollowsShareAndRequiredSpare() {
    assertThat(defaults.aloneAtOnce("VOICE")).isEqualTo(1);
    assertThat(defaults.aloneAtOnce("CHAT")).isEqualTo(4);
    assertThat(defaults.aloneAtOnce("EMAIL")).as("needs 100 spare").isEqualTo(1);
    assertThat(with(new MediaPolicy("CHAT", 50, 25, 2, Set.of())).aloneAtOnce("CHAT")).isEqualTo(2);
    assertThat(with(new MediaPolicy("SMS", 30, 0, 5, Set.of())).aloneAtOnce("SMS"))
        .as("a tenth of capacity stays unused")
        .isEqualTo(3);
    assertThat(with(new MediaPolicy("CHAT", 40, 60, 2, Set.of())).aloneAtOnce("CHAT"))
        .as("the second leaves 20 spare, below 60")
        .isEqualTo(2);
    assertThat(with(new MediaPolicy("SMS", 1, 0, 5, Set.of())).aloneAtOnce("SMS")).isEqualTo(100);
  }

  @Test
  void precedenceOrdersTheTypesAndEqualRanksByCode() {
    assertThat(defaults.precedenceOrder())
        .extracting(MediaPolicy::code)
        .containsExactly("VOICE", "CHAT", "WHATSAPP", "MESSENGER", "SMS", "EMAIL");

    CapacityPreview edited = with(new MediaPolicy("EMAIL", 25, 100, 2, Set.of()));

    assertThat(edited.precedenceOrder())
        .extracting(MediaPolicy::code)
        .startsWith("VOICE", "CHAT", "EMAIL", "WHATSAPP");
  }

  @Test
  void theExamplesAreOneAndTheLastTwoCountsOfEachTypeAlone() {
    List<Map<String, Integer>> hands = defaults.examples().stream().map(Hand::held).toList();

    assertThat(hands)
        .startsWith(Map.of("VOICE", 1), Map.of("CHAT", 1), Map.of("CHAT", 3), Map.of("CHAT", 4))
        .endsWith(Map.of("SMS", 4), Map.of("EMAIL", 1))
        .hasSize(14);
  }

  @Test
  void aTypeWithoutAPolicyIsRefused() {
    assertThatThrownBy(() -> defaults.hand(Map.of("FAX", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FAX");
    assertThatThrownBy(
            () ->
                new CapacityPreview(
                    List.of(
                        new MediaPolicy("CHAT", 25, 25, 2, Set.of()),
                        new MediaPolicy("CHAT", 50, 25, 2, Set.of()))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
