/**
 * JMH benchmark of the routing core, run side by side with a naive reference router that scans
 * every agent and every waiting interaction on every event. Only built by the {@code bench}
 * profile; see {@code docs/performance.md}.
 */
package com.omniroute.routing.bench;
