package com.omniroute.routing.boundary;

import com.omniroute.interaction.entity.Interaction;
import com.omniroute.schedule.control.Schedule;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routing engine's container timers, kept by what they are for, so that each can be cancelled
 * or replaced: offer timeouts, wrap-up ends and dropouts ({@link TimerKey}), schedule transitions
 * ({@link ScheduleKey}), chat time limits ({@link ChatLimitKey}) and, while the database is away,
 * the attempt to rebuild ({@link RecoveryKey}).
 *
 * <p>Every timer is non-persistent ({@code persistent = false}): each deadline follows from what is
 * stored, and the engine recreates them all from the database at every start and rebuild; a
 * persistent copy could disagree with the database after a crash. A timer created in a transaction
 * that rolls back never fires; a timer cancelled too late fires anyway and finds nothing to do (the
 * core ignores timers that no longer fit the state).
 */
final class RoutingTimers implements TimerOrders {

  /** Try to rebuild the engine from the database again: set while it is unreachable. */
  record RecoveryKey(Instant since) implements Serializable {}

  private final TimerService service;
  private final Clock clock;
  private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
  private final Map<Long, Timer> scheduleTimers = new ConcurrentHashMap<>();
  private final Map<Long, Timer> chatLimitTimers = new ConcurrentHashMap<>();

  RoutingTimers(TimerService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  @Override
  public void schedule(TimerKey key, Instant at) {
    cancel(key);
    timers.put(key, create(at, key));
  }

  @Override
  public void cancel(TimerKey key) {
    Optional.ofNullable(timers.remove(key)).ifPresent(RoutingTimers::cancelQuietly);
  }

  /** A timer that fired is no longer kept. */
  void fired(Serializable key) {
    if (key instanceof TimerKey t) {
      timers.remove(t);
    } else if (key instanceof ScheduleKey s) {
      scheduleTimers.remove(s.campaignId());
    } else if (key instanceof ChatLimitKey c) {
      chatLimitTimers.remove(c.interactionId());
    }
  }

  /** One exact timer per campaign, for its next opening or closing; none if it never changes. */
  @Override
  public void scheduleNextTransition(
      long campaignId, Schedule schedule, ZoneId zone, Instant after) {
    cancelSchedule(campaignId);
    schedule
        .nextTransition(after, zone)
        .ifPresent(
            at -> scheduleTimers.put(campaignId, create(at, new ScheduleKey(campaignId, at))));
  }

  @Override
  public void cancelSchedule(long campaignId) {
    Optional.ofNullable(scheduleTimers.remove(campaignId)).ifPresent(RoutingTimers::cancelQuietly);
  }

  /** Sets the chat-time-limit timer of an interaction that has just become (or is) ACTIVE. */
  @Override
  public void armChatTimeLimit(Interaction interaction) {
    int limit = interaction.getCampaign().getChatTimeLimitSeconds();
    if (limit <= 0
        || interaction.getAnsweredAt() == null
        || interaction.getOverChatTimeLimitAt() != null) {
      return;
    }
    Optional.ofNullable(chatLimitTimers.remove(interaction.getId()))
        .ifPresent(RoutingTimers::cancelQuietly);
    chatLimitTimers.put(
        interaction.getId(),
        create(
            interaction.getAnsweredAt().plusSeconds(limit), new ChatLimitKey(interaction.getId())));
  }

  /** Asks for another attempt to rebuild after the given delay. */
  void recoverIn(Duration delay, Instant since) {
    service.createSingleActionTimer(
        delay.toMillis(), new TimerConfig(new RecoveryKey(since), false));
  }

  /** Cancels every timer it keeps: the engine is about to recreate them from the database. */
  void cancelAll() {
    timers.values().forEach(RoutingTimers::cancelQuietly);
    timers.clear();
    scheduleTimers.values().forEach(RoutingTimers::cancelQuietly);
    scheduleTimers.clear();
    chatLimitTimers.values().forEach(RoutingTimers::cancelQuietly);
    chatLimitTimers.clear();
  }

  private Timer create(Instant at, Serializable info) {
    return service.createSingleActionTimer(timerDate(at), new TimerConfig(info, false));
  }

  /**
   * Timer services count in milliseconds; the core's deadlines in microseconds. Rounding up keeps a
   * timer from firing just before its deadline (the core would ignore it); a past deadline fires at
   * once.
   */
  private Date timerDate(Instant at) {
    Instant whole = at.truncatedTo(ChronoUnit.MILLIS);
    Instant up = whole.equals(at) ? at : whole.plusMillis(1);
    Instant now = clock.instant();
    return Date.from(up.isBefore(now) ? now : up);
  }

  private static void cancelQuietly(Timer timer) {
    try {
      timer.cancel();
    } catch (RuntimeException alreadyGone) {
      // It fired or was cancelled already: exactly what cancelling wanted.
    }
  }
}
