package com.omniroute.routing.bench;

/**
 * What the benchmark drives, so that the indexed core and the naive reference run the same
 * workload. Each event answers the offers it caused as triples {@code [interaction, agent,
 * campaign, ...]}.
 */
interface Router {

  long[] arrive(long interactionId, int campaign, int priority);

  long[] accept(long interactionId, int agent);

  long[] finish(long interactionId, int agent);
}
