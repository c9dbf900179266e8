package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.omniroute.agent.entity.Agent;
import com.omniroute.agent.entity.AgentState;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.media.entity.MediaType;
import com.omniroute.member.entity.CampaignMember;
import com.omniroute.platform.boundary.SchemaMigration;
import com.omniroute.routing.boundary.RoutingEngine;
import com.omniroute.security.control.PasswordHashing;
import com.omniroute.security.entity.Role;
import com.omniroute.security.entity.SecurityGroup;
import com.omniroute.security.entity.UserAccount;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.platform.database.H2Platform;
import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation inside the deployed EAR: provider, migrations, every entity, start-up beans. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.routingEar(FoundationIT.class);
  }

  @Inject TestTransactions tx;
  @Inject RoutingEngine engine;
  @Inject SchemaMigration schemaMigration;
  @Inject PasswordHashing passwordHashing;

  /** The database the build put behind this server: {@code h2}, or {@code mysql} (MariaDB pass). */
  private static final String DATABASE = System.getProperty("test.database", "h2");

  @Test
  void persistenceProviderIsEclipseLinkOnTheRoutingDatasource() {
    tx.inNewTransaction(
        em -> {
          assertThat(em.getDelegate().getClass().getName()).startsWith("org.eclipse.persistence");
          // Found by EclipseLink from the connection: the persistence unit names no platform.
          assertThat(em.unwrap(JpaEntityManager.class).getDatabaseSession().getDatasourcePlatform())
              .isInstanceOf(DATABASE.equals("mysql") ? MySQLPlatform.class : H2Platform.class);
          return null;
        });
  }

  @Test
  void migrationsRanAndSeededTheDefaultCapacityPolicies() {
    // Flyway's history table has quoted lower-case names: H2 needs them quoted, and MySQL quotes
    // names with backticks (double quotes are strings there).
    String query =
        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
            + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"";
    String sql = DATABASE.equals("mysql") ? query.replace('"', '`') : query;
    @SuppressWarnings("unchecked")
    List<Object[]> history = tx.inNewTransaction(em -> em.createNativeQuery(sql).getResultList());
    // Every migration of the release, in order and each once: 1, 2, 3, 4, ... up to the newest,
    // which is the schema's version now (a Java migration may sit between two, like 5.1).
    List<String> versions = history.stream().map(row -> String.valueOf(row[0])).toList();
    assertThat(versions).startsWith("1", "2", "3", "4").doesNotHaveDuplicates();
    assertThat(versions.stream().map(java.math.BigDecimal::new).toList()).isSorted();
    assertThat(history).allSatisfy(row -> assertThat(row[1]).isEqualTo(Boolean.TRUE));
    assertThat(schemaMigration.currentVersion()).isEqualTo(versions.get(versions.size() - 1));

    List<MediaType> policies =
        tx.inNewTransaction(
            em -> em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList());
    assertThat(policies)
        .extracting(
            MediaType::getCode,
            MediaType::getShare,
            MediaType::getRequiredSpare,
            MediaType::getPrecedence)
        .startsWith(
            tuple("VOICE", 100, 50, 1),
            tuple("CHAT", 25, 25, 2),
            tuple("WHATSAPP", 25, 25, 3),
            tuple("MESSENGER", 25, 25, 4),
            tuple("SMS", 25, 25, 5),
            tuple("EMAIL", 25, 100, 6));
    assertThat(policies.get(0).getOverrides()).containsExactlyInAnyOrder("CHAT", "EMAIL");
  }

  @Test
  void firstStartCreatedTheSuperadminWithTheConfiguredPassword() {
    // The test server is started with -Drouting.admin.password (see arquillian.xml).
    assertThat(System.getProperty("routing.admin.password")).isNotBlank();
    UserAccount admin =
        tx.inNewTransaction(
            em ->
                em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", "admin")
                    .getSingleResult());
    assertThat(admin.getRoles()).containsExactly(Role.SUPERADMIN);
    assertThat(admin.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:");
    assertThat(
            passwordHashing.matches(
                System.getProperty("routing.admin.password"), admin.getPasswordHash()))
        .isTrue();
    assertThat(passwordHashing.matches("wrong", admin.getPasswordHash())).isFalse();
  }

  @Test
  void routingEngineSingletonStartedWithTheCapacityPolicies() {
    assertThat(engine.startedAt()).isNotNull().isBeforeOrEqualTo(Instant.now());
    assertThat(engine.capacityPolicies())
        .containsKeys("VOICE", "CHAT", "EMAIL", "SMS", "WHATSAPP", "MESSENGER");
    assertThat(engine.capacityPolicies().get("EMAIL").requiredSpare()).isEqualTo(100);
  }

  @Test
  void everyKindOfEntityRoundTrips() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Instant queuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    Long[] ids =
        tx.inNewTransaction(
            em -> {
              SecurityGroup group = new SecurityGroup("Group " + suffix);
              em.persist(group);
              MediaType video =
                  new MediaType(
                      "VIDEO_" + suffix.toUpperCase(), 50, 60, 7, Set.of("CHAT", "EMAIL"));
              em.persist(video);
              Agent agent = new Agent("Ana Núñez " + suffix, "ana." + suffix, group);
              agent.setState(AgentState.READY);
              em.persist(agent);
              UserAccount user =
                  new UserAccount("sup." + suffix, "hash", EnumSet.of(Role.SUPERVISOR, Role.ADMIN));
              user.getSecurityGroups().add(group);
              user.setAgent(agent);
              em.persist(user);
              Campaign campaign = new Campaign("Support " + suffix, video, group);
              campaign.setEnabled(false);
              campaign.setServiceLevelSeconds(30);
              campaign.setDropoutSeconds(600);
              campaign.setChatTimeLimitSeconds(900);
              campaign.setAcdLimit(50);
              campaign.setMaxInteractionsPerAgent(3);
              campaign.setSchedule("mon,tue,wed,thu,fri;09:00-18:00 & sat;09:00-12:00");
              campaign.setTimeZone("Europe/Madrid");
              campaign.setOfferTimeoutSeconds(15);
              campaign.setWrapUpSeconds(45);
              em.persist(campaign);
              CampaignMember member = new CampaignMember(campaign, agent, 35);
              em.persist(member);
              Interaction interaction = new Interaction(campaign, "+34 600 000 000", queuedAt);
              interaction.setSubject("Factura de marzo");
              interaction.setPriority(7);
              // Ended: a live row written past the engine would be restored by its next rebuild,
              // and the engine and the database would disagree for every later test.
              interaction.setState(InteractionState.COMPLETED);
              interaction.setAgent(agent);
              interaction.setForced(true);
              interaction.setOnHold(true);
              interaction.setReason("penalty 35, spare 100, idle 12 s");
              interaction.setOfferedAt(queuedAt.plusSeconds(1));
              interaction.setAnsweredAt(queuedAt.plusSeconds(2));
              interaction.setFinishedAt(queuedAt.plusSeconds(3));
              interaction.setEndedAt(queuedAt.plusSeconds(4));
              interaction.setOverChatTimeLimitAt(queuedAt.plusSeconds(5));
              em.persist(interaction);
              em.flush();
              return new Long[] {
                group.getId(),
                agent.getId(),
                user.getId(),
                campaign.getId(),
                member.getId(),
                interaction.getId()
              };
            });

    tx.inNewTransaction(
        em -> {
          SecurityGroup group = em.find(SecurityGroup.class, ids[0]);
          assertThat(group.getName()).isEqualTo("Group " + suffix);
          assertThat(group.getVersion()).isEqualTo(1);

          Agent agent = em.find(Agent.class, ids[1]);
          assertThat(agent.getName()).isEqualTo("Ana Núñez " + suffix);
          assertThat(agent.getLogin()).isEqualTo("ana." + suffix);
          assertThat(agent.getSecurityGroup()).isEqualTo(group);
          assertThat(agent.getState()).isEqualTo(AgentState.READY);

          UserAccount user = em.find(UserAccount.class, ids[2]);
          assertThat(user.getUsername()).isEqualTo("sup." + suffix);
          assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.ADMIN);
          assertThat(user.getSecurityGroups()).containsExactly(group);
          assertThat(user.getAgent()).isEqualTo(agent);

          MediaType video = em.find(MediaType.class, "VIDEO_" + suffix.toUpperCase());
          assertThat(video.getShare()).isEqualTo(50);
          assertThat(video.getRequiredSpare()).isEqualTo(60);
          assertThat(video.getPrecedence()).isEqualTo(7);
          assertThat(video.getOverrides()).containsExactlyInAnyOrder("CHAT", "EMAIL");

          Campaign campaign = em.find(Campaign.class, ids[3]);
          assertThat(campaign.getName()).isEqualTo("Support " + suffix);
          assertThat(campaign.getMediaType()).isEqualTo(video);
          assertThat(campaign.getSecurityGroup()).isEqualTo(group);
          assertThat(campaign.isEnabled()).isFalse();
          assertThat(campaign.getServiceLevelSeconds()).isEqualTo(30);
          assertThat(campaign.getDropoutSeconds()).isEqualTo(600);
          assertThat(campaign.getChatTimeLimitSeconds()).isEqualTo(900);
          assertThat(campaign.getAcdLimit()).isEqualTo(50);
          assertThat(campaign.getMaxInteractionsPerAgent()).isEqualTo(3);
          assertThat(campaign.getSchedule())
              .isEqualTo("mon,tue,wed,thu,fri;09:00-18:00 & sat;09:00-12:00");
          assertThat(campaign.getTimeZone()).isEqualTo("Europe/Madrid");
          assertThat(campaign.getOfferTimeoutSeconds()).isEqualTo(15);
          assertThat(campaign.getWrapUpSeconds()).isEqualTo(45);

          CampaignMember member = em.find(CampaignMember.class, ids[4]);
          assertThat(member.getCampaign()).isEqualTo(campaign);
          assertThat(member.getAgent()).isEqualTo(agent);
          assertThat(member.getPenalty()).isEqualTo(35);

          Interaction interaction = em.find(Interaction.class, ids[5]);
          assertThat(interaction.getCampaign()).isEqualTo(campaign);
          assertThat(interaction.getMediaType()).isEqualTo(video.getCode());
          assertThat(interaction.getCustomer()).isEqualTo("+34 600 000 000");
          assertThat(interaction.getSubject()).isEqualTo("Factura de marzo");
          assertThat(interaction.getPriority()).isEqualTo(7);
          assertThat(interaction.getState()).isEqualTo(InteractionState.COMPLETED);
          assertThat(interaction.getAgent()).isEqualTo(agent);
          assertThat(interaction.isForced()).isTrue();
          assertThat(interaction.isOnHold()).isTrue();
          assertThat(interaction.getReason()).isEqualTo("penalty 35, spare 100, idle 12 s");
          assertThat(interaction.getQueuedAt()).isEqualTo(queuedAt);
          assertThat(interaction.getOfferedAt()).isEqualTo(queuedAt.plusSeconds(1));
          assertThat(interaction.getAnsweredAt()).isEqualTo(queuedAt.plusSeconds(2));
          assertThat(interaction.getFinishedAt()).isEqualTo(queuedAt.plusSeconds(3));
          assertThat(interaction.getEndedAt()).isEqualTo(queuedAt.plusSeconds(4));
          assertThat(interaction.getOverChatTimeLimitAt()).isEqualTo(queuedAt.plusSeconds(5));
          return null;
        });
  }

  @Test
  void aConstraintViolationIsRefusedNamingTheFieldAndNothingIsWritten() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Long[] ids =
        tx.inNewTransaction(
            em -> {
              SecurityGroup group = new SecurityGroup("Penalties " + suffix);
              em.persist(group);
              Agent agent = new Agent("Bo " + suffix, "bo." + suffix, group);
              em.persist(agent);
              Campaign campaign =
                  new Campaign("Sales " + suffix, em.find(MediaType.class, "VOICE"), group);
              em.persist(campaign);
              return new Long[] {agent.getId(), campaign.getId()};
            });

    assertThatThrownBy(
            () ->
                tx.inNewTransaction(
                    em -> {
                      em.persist(
                          new CampaignMember(
                              em.find(Campaign.class, ids[1]), em.find(Agent.class, ids[0]), 101));
                      em.flush();
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(e.getConstraintViolations())
                    .extracting(
                        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                    .containsExactly(tuple("penalty", "Penalty must be between 0 and 100")));

    Long members =
        tx.inNewTransaction(
            em ->
                em.createQuery(
                        "SELECT COUNT(m) FROM CampaignMember m WHERE m.campaign.id = :campaign",
                        Long.class)
                    .setParameter("campaign", ids[1])
                    .getSingleResult());
    assertThat(members).isZero();
  }
}
