package com.omniroute.routing.boundary;

import com.omniroute.routing.control.RoutingConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What differs between the engine's configuration and live interactions and the database's. */
final class ConfigurationDifferences {

  private ConfigurationDifferences() {}

  static List<String> between(RoutingConfiguration engine, RoutingConfiguration database) {
    List<String> differences = new ArrayList<>();
    compare("media policy", engine.mediaPolicies(), database.mediaPolicies(), differences);
    compare("campaign", engine.campaigns(), database.campaigns(), differences);
    compare("agent", engine.agents(), database.agents(), differences);
    compare("membership", engine.memberships(), database.memberships(), differences);
    compare("interaction", engine.interactions(), database.interactions(), differences);
    return differences;
  }

  private static <T> void compare(String what, List<T> engine, List<T> database, List<String> out) {
    Set<T> engineOnly = new LinkedHashSet<>(engine);
    database.forEach(engineOnly::remove);
    Set<T> databaseOnly = new LinkedHashSet<>(database);
    engine.forEach(databaseOnly::remove);
    engineOnly.forEach(e -> out.add(what + " only in the engine: " + e));
    databaseOnly.forEach(d -> out.add(what + " only in the database: " + d));
  }
}
