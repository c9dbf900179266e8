/**
 * The routing core: plain Java, no container and no database. It holds the live state of agents,
 * campaign queues and interactions in memory, applies the capacity model and the "who gets what"
 * rules of design.md sections 3 and 4 on every event, and answers with the effects the event had
 * (offers, state changes, timers to schedule). It is single-threaded on purpose: the singleton EJB
 * around it serialises calls, persists the effects and schedules the timers.
 *
 * <p>Indexes keep the cost of one event independent of the number of agents, campaigns and waiting
 * interactions; see {@code docs/routing.md}.
 */
package com.omniroute.routing.control;
