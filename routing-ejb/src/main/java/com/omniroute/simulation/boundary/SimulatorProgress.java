package com.omniroute.simulation.boundary;

/**
 * Fired by the simulator about once a second while it runs, and when it starts and stops, so that
 * pages showing its status can refresh; observers read the figures through {@link
 * TrafficSimulator#status()} under their own caller.
 *
 * @param running whether the simulation still runs (arriving or finishing what is in hand)
 */
public record SimulatorProgress(boolean running) {}
