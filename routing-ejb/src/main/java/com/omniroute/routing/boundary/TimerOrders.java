package com.omniroute.routing.boundary;

import com.omniroute.interaction.entity.Interaction;
import com.omniroute.schedule.control.Schedule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the engine asks of its timers while it writes an event's effects. {@link RoutingTimers}
 * carries the orders out at once, inside the commit group's transaction; {@link Deferred} keeps
 * them for a configuration change, whose transaction is the caller's and whose timers the engine
 * sets afterwards.
 */
public interface TimerOrders {

  void schedule(TimerKey key, Instant at);

  void cancel(TimerKey key);

  void armChatTimeLimit(Interaction interaction);

  void scheduleNextTransition(long campaignId, Schedule schedule, ZoneId zone, Instant after);

  void cancelSchedule(long campaignId);

  /** Orders kept in the order given, to be carried out later by {@link #replayOn}. */
  final class Deferred implements TimerOrders {
    private final List<Consumer<TimerOrders>> orders = new ArrayList<>();

    @Override
    public void schedule(TimerKey key, Instant at) {
      orders.add(t -> t.schedule(key, at));
    }

    @Override
    public void cancel(TimerKey key) {
      orders.add(t -> t.cancel(key));
    }

    @Override
    public void armChatTimeLimit(Interaction interaction) {
      orders.add(t -> t.armChatTimeLimit(interaction));
    }

    @Override
    public void scheduleNextTransition(
        long campaignId, Schedule schedule, ZoneId zone, Instant after) {
      orders.add(t -> t.scheduleNextTransition(campaignId, schedule, zone, after));
    }

    @Override
    public void cancelSchedule(long campaignId) {
      orders.add(t -> t.cancelSchedule(campaignId));
    }

    void replayOn(TimerOrders timers) {
      orders.forEach(order -> order.accept(timers));
    }
  }
}
