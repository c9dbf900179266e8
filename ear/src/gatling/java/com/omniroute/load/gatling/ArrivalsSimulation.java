package com.omniroute.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.OpenInjectionStep;

/**
 * Arrivals only: a channel connector hands interactions in ({@code POST /interactions} with its
 * Basic credentials) to a campaign with no members, so each one is stored and stays waiting. Open
 * model, one arrival per virtual user:
 *
 * <ul>
 *   <li>by default a ramp from {@code -DrampFrom} (10) to {@code -DrampTo} (3000) arrivals per
 *       second over {@code -Dduration} (60) seconds: the responses-per-second chart flattens where
 *       the server saturates;
 *   <li>with {@code -Drate=1000}, that constant rate for {@code -Dduration} seconds: the answer
 *       times' percentiles at that rate.
 * </ul>
 */
public class ArrivalsSimulation extends RoutingSimulation {

  public ArrivalsSimulation() {
    super(1, 0);
    String rate = LoadSetup.property("rate", null);
    OpenInjectionStep injection =
        rate != null
            ? constantUsersPerSec(Double.parseDouble(rate)).during(duration)
            : rampUsersPerSec(LoadSetup.doubleProperty("rampFrom", 10))
                .to(LoadSetup.doubleProperty("rampTo", 3000))
                .during(duration);
    setUp(scenario("arrivals").exec(arrival("arrival", false)).injectOpen(injection))
        .protocols(protocol());
  }
}
