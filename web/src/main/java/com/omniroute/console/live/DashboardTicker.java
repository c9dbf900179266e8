package com.omniroute.console.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes "refresh" to every open dashboard every two seconds, while at least one is open; each
 * dashboard then asks for its own figures, as its user, so the push itself carries nothing a user
 * may not see.
 *
 * <p>A steady beat rather than a push per routing event: the longest wait grows every second
 * without any event, and under load events come hundreds of times a second, far faster than a
 * supervisor reads; a beat bounds the dashboards' cost at one refresh each per period whatever the
 * traffic.
 */
@ApplicationScoped
public class DashboardTicker {

  /** The websocket channel of {@code live/dashboard.xhtml}. */
  public static final String CHANNEL = "dashboard";

  /** The message the page answers (push.js calls its remote command on any message). */
  public static final String REFRESH = "refresh";

  static final long PERIOD_MILLIS = 2_000;

  private static final Logger LOG = Logger.getLogger(DashboardTicker.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  // An application-scoped channel: sent to from the scheduler's thread, outside any request.
  @Inject
  @Push(channel = CHANNEL)
  private PushContext dashboards;

  private int open;
  private ScheduledFuture<?> beat;

  void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
    if (CHANNEL.equals(event.getChannel())) {
      connected();
    }
  }

  void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
    if (CHANNEL.equals(event.getChannel())) {
      disconnected();
    }
  }

  synchronized void connected() {
    open++;
    if (beat == null) {
      beat =
          scheduler.scheduleAtFixedRate(
              this::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
      LOG.fine("Dashboard push started");
    }
  }

  synchronized void disconnected() {
    open = Math.max(0, open - 1);
    if (open == 0) {
      stop();
    }
  }

  private void tick() {
    try {
      dashboards.send(REFRESH);
    } catch (RuntimeException e) {
      // An exception would end a fixed-rate schedule for good; one lost beat is harmless.
      LOG.log(Level.WARNING, "Could not push to the dashboards", e);
    }
  }

  /** Stops the beat; also when the application is undeployed, so no task outlives it. */
  @PreDestroy
  synchronized void stop() {
    if (beat != null) {
      beat.cancel(false);
      beat = null;
      LOG.fine("Dashboard push stopped");
    }
  }
}
