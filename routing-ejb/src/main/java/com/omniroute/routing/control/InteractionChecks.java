package com.omniroute.routing.control;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks an arrival and an agent's or customer's action on an interaction pass before the core
 * applies them. A check that fails throws a {@link RoutingException} with a sentence saying why
 * ({@code VALIDATION} for input that can never be right, {@code INVALID_STATE} for an action the
 * interaction's state does not allow now), and nothing has changed yet when it does.
 */
final class InteractionChecks {

  private InteractionChecks() {}

  /** A new interaction: priority 0..9 and an id not live already. */
  static void arrival(LiveState state, long interactionId, int priority) {
    if (priority < 0 || priority > 9) {
      throw RoutingException.validation("priority must be between 0 and 9, was " + priority);
    }
    if (state.interactions.containsKey(interactionId)) {
      throw RoutingException.invalidState("interaction " + interactionId + " is already live");
    }
  }

  static void acceptable(TrackedInteraction interaction, TrackedAgent agent) {
    requireHeldBy(interaction, agent, "accept");
    requireState(
        interaction,
        "accepted",
        interaction.forced ? " (override offers are accepted automatically)" : "",
        LiveInteractionState.OFFERED);
  }

  /** Only a pending offer can be rejected, and never one made by override. */
  static void rejectable(TrackedInteraction interaction, TrackedAgent agent) {
    requireHeldBy(interaction, agent, "reject");
    if (interaction.forced) {
      throw RoutingException.invalidState(
          "interaction " + interaction.id + " was offered by override and cannot be rejected");
    }
    requireState(interaction, "rejected", "", LiveInteractionState.OFFERED);
  }

  static void finishable(TrackedInteraction interaction, TrackedAgent agent) {
    requireHeldBy(interaction, agent, "finish");
    requireState(interaction, "finished", "", LiveInteractionState.ACTIVE);
  }

  /** The customer may leave while waiting or offered; an answered one is ended by its agent. */
  static void abandonable(TrackedInteraction interaction) {
    requireState(
        interaction, "abandoned", "", LiveInteractionState.QUEUED, LiveInteractionState.OFFERED);
  }

  /**
   * The one sentence for an action the interaction's state does not allow now, such as "interaction
   * 7 is QUEUED; only OFFERED interactions can be accepted".
   *
   * @param note what the caller should know about this state, or empty
   */
  private static void requireState(
      TrackedInteraction interaction, String done, String note, LiveInteractionState... allowed) {
    if (!List.of(allowed).contains(interaction.state)) {
      throw RoutingException.invalidState(
          "interaction "
              + interaction.id
              + " is "
              + interaction.state
              + note
              + "; only "
              + Stream.of(allowed)
                  .map(LiveInteractionState::name)
                  .collect(Collectors.joining(" or "))
              + " interactions can be "
              + done);
    }
  }

  private static void requireHeldBy(
      TrackedInteraction interaction, TrackedAgent agent, String action) {
    if (interaction.agent != agent) {
      throw RoutingException.invalidState(
          "interaction "
              + interaction.id
              + (interaction.agent == null
                  ? " is " + interaction.state + " and held by no agent"
                  : " is held by " + interaction.agent.name + ", not " + agent.name)
              + "; "
              + agent.name
              + " cannot "
              + action
              + " it");
    }
  }
}
