package com.omniroute.console.desk;

import com.omniroute.routing.boundary.AgentWorkChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the open desktops of agents whose work changed to re-render: the engine announces every
 * committed change (whoever caused it: an arrival, a timer, a supervisor over the API), and this
 * sends {@value #WORK} to the {@code desk} websocket of each agent named. Runs on the container's
 * asynchronous event thread, outside any Faces request; a push that fails is logged and lost, the
 * next change or a reload shows the truth again.
 */
@ApplicationScoped
public class DeskPush {

  /** The message a desktop reacts to (push.js calls its remote command on any message). */
  public static final String WORK = "work";

  private static final Logger LOG = Logger.getLogger(DeskPush.class.getName());

  @Inject
  @Push(channel = "desk")
  private PushContext desks;

  void workChanged(@ObservesAsync AgentWorkChanged changed) {
    for (Long agentId : changed.agentIds()) {
      try {
        desks.send(WORK, agentId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not push to the desktop of agent " + agentId, e);
      }
    }
  }
}
