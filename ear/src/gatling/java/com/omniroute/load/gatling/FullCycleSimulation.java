package com.omniroute.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.PopulationBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The full cycle at a fixed arrival rate: {@code -Drate} (200) arrivals per second for {@code
 * -Dduration} (60) seconds into {@code -Dcampaigns} (4) CHAT campaigns, and {@code -Dagents} (100)
 * agent desktops, each a member of every campaign, accepting and finishing what they are offered
 * (no wrap-up, offers never time out during the run, 4 chats per agent). The count of {@code
 * finish} requests per second is the rate of interactions completing arrive -> offer -> accept ->
 * finish. With {@code -Dsupervisors} above 0, that many dashboards read beside them (see {@link
 * DashboardsSimulation}).
 */
public class FullCycleSimulation extends RoutingSimulation {

  public FullCycleSimulation() {
    this(0);
  }

  protected FullCycleSimulation(int defaultSupervisors) {
    super(LoadSetup.intProperty("campaigns", 4), LoadSetup.intProperty("agents", 100));
    int agents = LoadSetup.intProperty("agents", 100);
    int supervisors = LoadSetup.intProperty("supervisors", defaultSupervisors);
    double rate = LoadSetup.doubleProperty("rate", 200);
    // The desks go READY first; arrivals start 3 s later and stop 5 s before the desks do.
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(agentDesks(duration + 8).injectOpen(atOnceUsers(agents)));
    populations.add(
        scenario("arrivals")
            .exec(arrival("arrival", supervisors > 0))
            .injectOpen(nothingFor(3), constantUsersPerSec(rate).during(duration)));
    if (supervisors > 0) {
      populations.add(dashboards(duration + 3).injectOpen(nothingFor(3), atOnceUsers(supervisors)));
    }
    setUp(populations).protocols(protocol());
  }
}
