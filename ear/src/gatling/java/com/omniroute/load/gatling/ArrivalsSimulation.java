package com.omniroute.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.reachRps;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;

/**
 * Arrivals only: channel connectors hand interactions in ({@code POST /interactions} with their
 * Basic credentials) to a campaign with no members, so each one is stored and stays waiting.
 *
 * <ul>
 *   <li>By default, a ramp to find saturation: {@code -Dusers} (64) connectors send arrivals one
 *       after the other, throttled to a request rate that rises from 0 to {@code -DrampTo} (3000)
 *       per second over {@code -Dduration} (60) seconds. The responses-per-second chart follows the
 *       ramp and flattens where the server saturates. (An open-model ramp past saturation would
 *       pile up waiting requests and connections in the load generator without bound.)
 *   <li>With {@code -Drate=1000}: an open model, that many new arrivals per second for {@code
 *       -Dduration} seconds, whatever the answers do: the answer times' percentiles at that rate.
 * </ul>
 *
 * Either run stops at most 30 s after its load, even if answers are still missing.
 */
public class ArrivalsSimulation extends RoutingSimulation {

  public ArrivalsSimulation() {
    super(1, 0);
    String rate = LoadSetup.property("rate", null);
    var arrivals = scenario("arrivals");
    var setUp =
        rate != null
            ? setUp(
                arrivals
                    .exec(arrival("arrival", false))
                    .injectOpen(constantUsersPerSec(Double.parseDouble(rate)).during(duration)))
            : setUp(
                    arrivals
                        .exec(during(Duration.ofSeconds(duration)).on(arrival("arrival", false)))
                        .injectOpen(atOnceUsers(LoadSetup.intProperty("users", 64))))
                .throttle(
                    reachRps(LoadSetup.intProperty("rampTo", 3000))
                        .in(Duration.ofSeconds(duration)));
    setUp.protocols(protocol()).maxDuration(Duration.ofSeconds(duration + 30));
  }
}
