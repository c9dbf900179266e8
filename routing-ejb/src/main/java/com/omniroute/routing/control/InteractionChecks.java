package com.omniroute.routing.control;

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
    if (interaction.state != LiveInteractionState.OFFERED) {
      throw RoutingException.invalidState(
          "interaction "
              + interaction.id
              + " is "
              + interaction.state
              + (interaction.forced ? " (override offers are accepted automatically)" : "")
              + " and cannot be accepted");
    }
  }

  /** Only a pending offer can be rejected, and never one made by override. */
  static void rejectable(TrackedInteraction interaction, TrackedAgent agent) {
    requireHeldBy(interaction, agent, "reject");
    if (interaction.forced) {
      throw RoutingException.invalidState(
          "interaction " + interaction.id + " was offered by override and cannot be rejected");
    }
    if (interaction.state != LiveInteractionState.OFFERED) {
      throw RoutingException.invalidState(
          "interaction " + interaction.id + " is " + interaction.state + " and cannot be rejected");
    }
  }

  static void finishable(TrackedInteraction interaction, TrackedAgent agent) {
    requireHeldBy(interaction, agent, "finish");
    if (interaction.state != LiveInteractionState.ACTIVE) {
      throw RoutingException.invalidState(
          "interaction "
              + interaction.id
              + " is "
              + interaction.state
              + "; only an ACTIVE interaction can be finished");
    }
  }

  /** The customer may leave while waiting or offered; an answered one is ended by its agent. */
  static void abandonable(TrackedInteraction interaction) {
    if (interaction.state != LiveInteractionState.QUEUED
        && interaction.state != LiveInteractionState.OFFERED) {
      throw RoutingException.invalidState(
          "interaction "
              + interaction.id
              + " is "
              + interaction.state
              + "; only a waiting or offered interaction can be abandoned");
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
