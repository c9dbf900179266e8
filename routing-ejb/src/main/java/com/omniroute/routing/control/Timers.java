package com.omniroute.routing.control;

import com.omniroute.routing.control.Effect.TimerCancellation;
import com.omniroute.routing.control.Effect.TimerRequest;
import java.time.Instant;

/**
 * The timers the host schedules for the core ({@link TimerKind}): requesting and cancelling them as
 * steps go, and telling whether one that fired still fits. A timer racing an event is normal, so a
 * timer whose interaction moved on, or that fired before the deadline the core recorded, is not
 * due.
 */
final class Timers {

  private final LiveState state;

  Timers(LiveState state) {
    this.state = state;
  }

  /**
   * The deadline a timer of this kind waits for while the interaction is in the state the timer
   * applies to; null otherwise.
   */
  static Instant pendingDeadline(TimerKind kind, TrackedInteraction interaction) {
    if (interaction == null) {
      return null;
    }
    return switch (kind) {
      case OFFER_TIMEOUT ->
          interaction.state == LiveInteractionState.OFFERED ? interaction.offerDeadline : null;
      case WRAP_UP_END ->
          interaction.state == LiveInteractionState.WRAP_UP ? interaction.wrapUpDeadline : null;
      case DROPOUT ->
          interaction.state == LiveInteractionState.QUEUED ? interaction.dropoutDeadline : null;
    };
  }

  /** Whether a timer of this kind that fired now still applies to the interaction. */
  boolean due(TimerKind kind, TrackedInteraction interaction) {
    Instant deadline = pendingDeadline(kind, interaction);
    return deadline != null && !state.clock.instant().isBefore(deadline);
  }

  void requestOfferTimeout(TrackedInteraction interaction) {
    state.emit(
        new TimerRequest(TimerKind.OFFER_TIMEOUT, interaction.id, interaction.offerDeadline));
  }

  void cancelOfferTimeout(TrackedInteraction interaction) {
    if (interaction.offerDeadline != null) {
      state.emit(new TimerCancellation(TimerKind.OFFER_TIMEOUT, interaction.id));
      interaction.offerDeadline = null;
    }
  }

  void requestWrapUpEnd(TrackedInteraction interaction) {
    state.emit(new TimerRequest(TimerKind.WRAP_UP_END, interaction.id, interaction.wrapUpDeadline));
  }

  /** At most one dropout timer of an interaction is pending at a time. */
  void requestDropout(TrackedInteraction interaction) {
    if (interaction.dropoutDeadline != null && !interaction.dropoutTimer) {
      state.emit(new TimerRequest(TimerKind.DROPOUT, interaction.id, interaction.dropoutDeadline));
      interaction.dropoutTimer = true;
    }
  }

  void cancelDropout(TrackedInteraction interaction) {
    if (interaction.dropoutTimer) {
      state.emit(new TimerCancellation(TimerKind.DROPOUT, interaction.id));
      interaction.dropoutTimer = false;
    }
  }
}
