/**
 * The routing core: plain Java, no container and no database. It holds the live state of agents,
 * campaign queues and interactions in memory, applies the capacity model and the "who gets what"
 * rules of docs/design.md sections 3 and 4 on every event, and answers with the effects the event
 * had (offers, state changes, timers to schedule). It is single-threaded on purpose: the singleton
 * EJB around it serialises calls, persists the effects and schedules the timers.
 *
 * <p>{@link com.omniroute.routing.control.RoutingCore} is the only entry point (events and
 * queries); the parts behind it are package-private: {@code LiveState} (what the core knows),
 * {@code ConfigurationChecks} and {@code InteractionChecks} (why an event is refused), {@code
 * RoutingIndex} with {@code Fit} (the indexes, the one eligibility check and the routing loop),
 * {@code Transitions} and {@code ConfigurationSteps} (the steps interaction and configuration
 * events are made of, with their effects), {@code Timers} (the timers they request, and whether one
 * that fired is still due), {@code Explanations} and {@code Views} (what queries answer), and
 * {@code RankedSet} (the ordered queue that also knows positions). The records ({@code
 * CampaignSettings}, {@code Effect}, {@code InteractionView}, ...) are what the host sends in and
 * gets back.
 *
 * <p>Indexes keep the cost of one event independent of the number of agents, campaigns and waiting
 * interactions; see {@code docs/routing.md}.
 */
package com.omniroute.routing.control;
