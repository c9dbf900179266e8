/**
 * JMH benchmarks of the routing core: {@code RoutingBenchmark} runs it side by side with a naive
 * reference router that scans every agent and every waiting interaction on every event; {@code
 * QueuePositionBenchmark} measures why-waiting and queue position against the queue's length. Only
 * built by the {@code bench} profile; see {@code docs/performance.md}.
 */
package com.omniroute.routing.bench;
