package com.omniroute.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Arrival answer time behind a deep queue: first {@code -Dwaiting} (1000) interactions are handed
 * in to a campaign with no members and no ACD limit by {@code -DfillUsers} (16) connectors as fast
 * as the server takes them (requests named {@code fill}), then {@code -Drate} (50) arrivals per
 * second for {@code -Dduration} (30) seconds into the same queue are measured (named {@code
 * arrival}). Run it with {@code -Dwaiting=1000} and {@code -Dwaiting=100000} and compare the two
 * runs' {@code arrival} percentiles.
 */
public class DeepQueueSimulation extends RoutingSimulation {

  public DeepQueueSimulation() {
    super(1, 0);
    int waiting = LoadSetup.intProperty("waiting", 1000);
    int fillUsers = LoadSetup.intProperty("fillUsers", 16);
    int seconds = LoadSetup.intProperty("duration", 30);
    var fill =
        scenario("fill")
            .repeat((waiting + fillUsers - 1) / fillUsers)
            .on(arrival("fill", false))
            .injectOpen(atOnceUsers(fillUsers));
    var measure =
        scenario("arrivals")
            .exec(arrival("arrival", false))
            .injectOpen(constantUsersPerSec(LoadSetup.doubleProperty("rate", 50)).during(seconds));
    setUp(fill.andThen(measure)).protocols(protocol());
  }
}
