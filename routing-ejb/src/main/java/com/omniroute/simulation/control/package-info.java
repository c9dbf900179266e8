/**
 * The traffic simulator's logic, plain Java: Poisson arrivals per campaign, handling and think
 * times drawn from seeded random generators, the settings' rules, and the decisions of simulated
 * agents (accept an offer after a moment, finish after the handling time) taken from what the
 * routing engine shows of their work. The boundary turns the decisions into engine calls.
 */
package com.omniroute.simulation.control;
