package com.omniroute.load.gatling;

import static com.omniroute.load.gatling.LoadSetup.API;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

/**
 * The request path without the routing engine: {@code -Dusers} (16) clients, each sending its next
 * request as soon as the last is answered, read the run's security group as the superadmin ({@code
 * GET /security-groups/{id}}, one row) for {@code -Dduration} (60) seconds: authentication, JAX-RS,
 * the transaction and JSON-B, and nothing else.
 */
public class RequestPathSimulation extends RoutingSimulation {

  public RequestPathSimulation() {
    super(0, 0);
    String authorization = LoadSetup.admin().authorization();
    setUp(
            scenario("security group reads")
                .exec(
                    during(Duration.ofSeconds(duration))
                        .on(
                            exec(
                                http("security group")
                                    .get(
                                        session ->
                                            API + "/security-groups/" + tenant().securityGroupId())
                                    .header("Authorization", authorization)
                                    .check(status().is(200)))))
                .injectOpen(atOnceUsers(LoadSetup.intProperty("users", 16))))
        .protocols(protocol());
  }
}
