package com.omniroute.console.live;

import com.omniroute.simulation.boundary.SimulatorProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

/**
 * Tells the open simulator pages that the simulator's figures moved: a bare "status" message on the
 * {@code simulator} channel, upon which each page asks for the figures under its own user (the push
 * carries no data, so it cannot show a supervisor anything of another security group).
 */
@ApplicationScoped
public class SimulatorPush {

  /** The message the page reacts to (push.js calls its remote command on any message). */
  static final String STATUS = "status";

  @Inject
  @Push(channel = "simulator")
  private PushContext simulator;

  void progressed(@Observes SimulatorProgress progress) {
    simulator.send(STATUS);
  }
}
