package com.omniroute.demo.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The demo's data: two security groups, campaigns on every channel (most open around the clock so
 * the demo routes at any hour, one with business hours in Madrid to show closing), 50 agents spread
 * over the campaigns of their group with penalties 0 to 9, a supervisor and an agent login, and the
 * simulator's modest rates with short handling times.
 */
public final class DemoPlan {

  /** The system property that asks for the demo start. */
  public static final String SWITCH = "routing.demo";

  public static final String PASSWORD_ENV = "ROUTING_DEMO_PASSWORD";
  public static final String PASSWORD_PROPERTY = "routing.demo.password";

  /** The documented password of the demo logins when none is configured: a demo, not a secret. */
  public static final String DEFAULT_PASSWORD = "omniroute-demo";

  public static final String SUPERVISOR_LOGIN = "demo.supervisor";
  public static final String AGENT_LOGIN = "demo.agent";

  public static final List<String> GROUPS = List.of("Demo Sales", "Demo Support");

  public static final int AGENTS = 50;

  private static final String ALWAYS_OPEN = "";

  private static final List<PlannedCampaign> CAMPAIGNS =
      List.of(
          new PlannedCampaign(
              "Sales line", "VOICE", 0, "mon,tue,wed,thu,fri;09:00-18:00", "Europe/Madrid", 3),
          new PlannedCampaign("Sales chat", "CHAT", 0, ALWAYS_OPEN, "UTC", 4),
          new PlannedCampaign("Sales WhatsApp", "WHATSAPP", 0, ALWAYS_OPEN, "UTC", 3),
          new PlannedCampaign("Sales Messenger", "MESSENGER", 0, ALWAYS_OPEN, "UTC", 2),
          new PlannedCampaign("Support line", "VOICE", 1, ALWAYS_OPEN, "UTC", 4),
          new PlannedCampaign("Support chat", "CHAT", 1, ALWAYS_OPEN, "UTC", 4),
          new PlannedCampaign("Support email", "EMAIL", 1, ALWAYS_OPEN, "UTC", 2),
          new PlannedCampaign("Support SMS", "SMS", 1, ALWAYS_OPEN, "UTC", 2));

  private static final List<String> FIRST_NAMES =
      List.of(
          "Ana",
          "Bruno",
          "Carla",
          "Diego",
          "Elena",
          "Felipe",
          "Gabriela",
          "Hugo",
          "Inés",
          "João",
          "Karin",
          "Luis",
          "Marta",
          "Nuno",
          "Olga",
          "Pablo",
          "Queila",
          "Rosa",
          "Sergio",
          "Teresa",
          "Ulises",
          "Vera",
          "Walter",
          "Ximena",
          "Yara");

  private static final List<String> SURNAMES = List.of("Almeida", "Serrano");

  /** The simulator's mean handling times: short, so that the dashboard moves within a minute. */
  private static final Map<String, Double> HANDLING_SECONDS =
      Map.of(
          "VOICE", 30.0,
          "CHAT", 40.0,
          "WHATSAPP", 40.0,
          "MESSENGER", 40.0,
          "SMS", 20.0,
          "EMAIL", 45.0);

  private DemoPlan() {}

  /**
   * A demo campaign.
   *
   * @param group index into {@link #GROUPS}
   * @param schedule schedule text; empty means always open
   */
  public record PlannedCampaign(
      String name,
      String mediaType,
      int group,
      String schedule,
      String timeZone,
      double arrivalsPerMinute) {}

  /**
   * A demo agent.
   *
   * @param group index into {@link #GROUPS}
   * @param penalties penalty by campaign name, for the campaigns of its group it is a member of
   */
  public record PlannedAgent(
      String name, String login, int group, Map<String, Integer> penalties) {}

  public static List<PlannedCampaign> campaigns() {
    return CAMPAIGNS;
  }

  /**
   * Agents alternate between the groups; each is a member of about two thirds of its group's
   * campaigns, with penalties spread over 0 to 9 so that routing has a choice to make.
   */
  public static List<PlannedAgent> agents() {
    List<PlannedAgent> agents = new ArrayList<>(AGENTS);
    for (int i = 0; i < AGENTS; i++) {
      int group = i % GROUPS.size();
      Map<String, Integer> penalties = new LinkedHashMap<>();
      for (int k = 0; k < CAMPAIGNS.size(); k++) {
        PlannedCampaign campaign = CAMPAIGNS.get(k);
        if (campaign.group() == group && (i + k) % 3 != 0) {
          penalties.put(campaign.name(), (i * 7 + k * 3) % 10);
        }
      }
      String name =
          FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + SURNAMES.get(i / FIRST_NAMES.size());
      agents.add(new PlannedAgent(name, String.format("demo%02d", i + 1), group, penalties));
    }
    return agents;
  }

  public static Map<String, Double> handlingSeconds() {
    return HANDLING_SECONDS;
  }

  /** The demo logins' password: the environment's, else the system property's, else the default. */
  public static String password(
      Function<String, String> environment, Function<String, String> systemProperties) {
    return Optional.ofNullable(environment.apply(PASSWORD_ENV))
        .filter(p -> !p.isBlank())
        .or(
            () ->
                Optional.ofNullable(systemProperties.apply(PASSWORD_PROPERTY))
                    .filter(p -> !p.isBlank()))
        .orElse(DEFAULT_PASSWORD);
  }
}
