package com.omniroute.demo.boundary;

import com.omniroute.agent.entity.Agent;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.demo.control.DemoPlan;
import com.omniroute.demo.control.DemoPlan.PlannedAgent;
import com.omniroute.demo.control.DemoPlan.PlannedCampaign;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.security.control.PasswordHashing;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import com.omniroute.simulation.boundary.TrafficSimulator;
import com.omniroute.simulation.control.SimulationSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo start. With {@code -Drouting.demo=true} (the README's run command) and a database
 * without campaigns, creates {@link DemoPlan}'s data in one transaction, then starts the traffic
 * simulator on the demo campaigns. On a later start with the demo data already there it only starts
 * the simulator again; a database with other campaigns is left alone. Without the property nothing
 * happens: the empty start.
 *
 * <p>Runs as superadmin for the simulator's {@code startForDemo}: at startup there is no caller.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstStartSetup", "RoutingEngine"})
@RunAs("superadmin")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** Lets the start finish and the engine settle before the simulator begins. */
  private static final long SIMULATOR_DELAY_MILLIS = 2_000;

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHashing passwordHashing;

  @Inject private RoutingEngine engine;

  @Inject private TrafficSimulator simulator;

  @Resource private TimerService timerService;

  @Resource private UserTransaction transaction;

  @PostConstruct
  void createOnDemoStart() {
    if (!Boolean.getBoolean(DemoPlan.SWITCH)) {
      return;
    }
    List<Campaign> existing =
        em.createNamedQuery(Campaign.FIND_ALL, Campaign.class).setMaxResults(1).getResultList();
    if (existing.isEmpty()) {
      createCommitted();
      // The engine started before the data existed: it reads everything again now, before the
      // deployment is up, so that no request ever meets a campaign the engine does not know.
      engine.rebuild();
    } else if (demoGroups().size() < DemoPlan.GROUPS.size()) {
      LOG.info("Demo start: the database already has campaigns of its own; no demo data added");
      return;
    } else {
      LOG.info("Demo start: the demo data is there from an earlier start");
    }
    // Non-persistent: the demo restarts its simulation on every demo start anyway.
    timerService.createSingleActionTimer(SIMULATOR_DELAY_MILLIS, new TimerConfig(null, false));
  }

  /** Starts the simulator on the demo campaigns, once the deployment is up. */
  @Timeout
  void startSimulator() {
    try {
      Map<Long, Double> rates = new LinkedHashMap<>();
      Map<String, Double> ratesByName = new HashMap<>();
      DemoPlan.campaigns().forEach(c -> ratesByName.put(c.name(), c.arrivalsPerMinute()));
      for (SecurityGroup group : demoGroups()) {
        for (Campaign campaign :
            em.createNamedQuery(Campaign.FIND_IN_GROUPS, Campaign.class)
                .setParameter("groups", List.of(group.getId()))
                .getResultList()) {
          rates.put(campaign.getId(), ratesByName.getOrDefault(campaign.getName(), 2.0));
        }
      }
      simulator.startForDemo(new SimulationSettings(rates, DemoPlan.handlingSeconds()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo start: the traffic simulator could not start", e);
    }
  }

  private List<SecurityGroup> demoGroups() {
    List<SecurityGroup> groups = new ArrayList<>();
    for (String name : DemoPlan.GROUPS) {
      groups.addAll(
          em.createNamedQuery(SecurityGroup.FIND_BY_NAME, SecurityGroup.class)
              .setParameter("name", name)
              .getResultList());
    }
    return groups;
  }

  /** Creates the demo data in one transaction of its own: all of it or, on failure, nothing. */
  private void createCommitted() {
    try {
      transaction.begin();
      create();
      transaction.commit();
    } catch (Exception e) {
      try {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
          transaction.rollback();
        }
      } catch (Exception rollback) {
        e.addSuppressed(rollback);
      }
      throw new IllegalStateException("Demo start: the demo data could not be created", e);
    }
  }

  private void create() {
    List<SecurityGroup> groups = new ArrayList<>();
    for (String name : DemoPlan.GROUPS) {
      SecurityGroup group = new SecurityGroup(name);
      em.persist(group);
      groups.add(group);
    }
    Map<String, Campaign> campaigns = new HashMap<>();
    for (PlannedCampaign planned : DemoPlan.campaigns()) {
      Campaign campaign =
          new Campaign(
              planned.name(),
              em.find(MediaType.class, planned.mediaType()),
              groups.get(planned.group()));
      campaign.setSchedule(planned.schedule());
      campaign.setTimeZone(planned.timeZone());
      campaign.setWrapUpSeconds(5);
      em.persist(campaign);
      campaigns.put(planned.name(), campaign);
    }
    Agent linked = null;
    for (PlannedAgent planned : DemoPlan.agents()) {
      Agent agent = new Agent(planned.name(), planned.login(), groups.get(planned.group()));
      em.persist(agent);
      planned
          .penalties()
          .forEach(
              (campaign, penalty) ->
                  em.persist(new CampaignMember(campaigns.get(campaign), agent, penalty)));
      if (linked == null) {
        linked = agent;
      }
    }
    String password = DemoPlan.password(System::getenv, System::getProperty);
    String hash = passwordHashing.hash(password);
    UserAccount supervisor =
        new UserAccount(DemoPlan.SUPERVISOR_LOGIN, hash, EnumSet.of(Role.SUPERVISOR));
    supervisor.getSecurityGroups().addAll(groups);
    em.persist(supervisor);
    UserAccount agentUser = new UserAccount(DemoPlan.AGENT_LOGIN, hash, EnumSet.of(Role.AGENT));
    agentUser.getSecurityGroups().add(linked.getSecurityGroup());
    agentUser.setAgent(linked);
    em.persist(agentUser);
    String source =
        password.equals(DemoPlan.DEFAULT_PASSWORD)
            // The password itself is never logged, not even the documented default.
            ? "the default demo password (see README)"
            : "the configured demo password";
    LOG.info(
        String.format(
            "Demo start: created %d security groups, %d campaigns, %d agents, and the logins '%s'"
                + " (supervisor) and '%s' (agent %s) with %s",
            groups.size(),
            campaigns.size(),
            DemoPlan.AGENTS,
            DemoPlan.SUPERVISOR_LOGIN,
            DemoPlan.AGENT_LOGIN,
            linked.getName(),
            source));
  }
}
