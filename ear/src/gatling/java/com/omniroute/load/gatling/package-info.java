/**
 * The Gatling load harness: simulations run by hand against an already running server with the
 * {@code gatling} profile of {@code ear}, never by {@code ./mvnw verify} (see {@code
 * docs/performance.md}, "Load harness (Gatling)"). {@link com.omniroute.load.gatling.LoadSetup}
 * creates each run's own data through the REST API; {@link
 * com.omniroute.load.gatling.RoutingSimulation} holds the HTTP protocol and the request chains the
 * simulations share.
 */
package com.omniroute.load.gatling;
