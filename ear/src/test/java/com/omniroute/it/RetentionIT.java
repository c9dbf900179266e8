package com.omniroute.it;

import static com.omniroute.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.campaign.entity.Campaign;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.it.ApiClient.Answer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention inside the server (docs/running.md#retention): ended interactions whose end is older
 * than the limit (400 days on the test server, the default) go, in batches; younger ones and live
 * ones, however old, stay. The purge is run as a superadmin would, with {@code POST
 * /retention/run}.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.routingEar(RetentionIT.class, ApiClient.class)
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.databind.ObjectMapper.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.core.JsonFactory.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
  }

  /** More than one batch of 1,000. */
  private static final int OLD_COMPLETED = 1_002;

  @Inject private TestTransactions transactions;

  private final ApiClient root = ApiClient.superadmin();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void purgesEndedInteractionsOlderThanTheLimitInBatchesAndKeepsLiveAndYoungerOnes() {
    long group = root.post("/security-groups", body("name", "Retention " + suffix)).id();
    long campaignId =
        root.post(
                "/campaigns",
                body("name", "Old " + suffix, "mediaType", "CHAT", "securityGroupId", group))
            .id();
    Instant now = Instant.now();
    Instant longAgo = now.minus(Duration.ofDays(401));
    Instant notSoLongAgo = now.minus(Duration.ofDays(399));

    List<Long> purgeable = new ArrayList<>();
    purgeable.addAll(insert(campaignId, OLD_COMPLETED, InteractionState.COMPLETED, longAgo));
    purgeable.addAll(insert(campaignId, 1, InteractionState.ABANDONED, longAgo));
    purgeable.addAll(insert(campaignId, 1, InteractionState.REJECTED, longAgo));
    List<Long> kept = new ArrayList<>();
    kept.addAll(insert(campaignId, 1, InteractionState.COMPLETED, notSoLongAgo));
    // Queued long ago but ended yesterday: the end is what counts.
    kept.addAll(insertQueuedAt(campaignId, now.minus(Duration.ofDays(500)), now));
    // Live for 500 days (only the database has it: the engine was never told): never purged.
    long live = insertLive(campaignId, now.minus(Duration.ofDays(500)));
    kept.add(live);
    try {
      Answer run = root.post("/retention/run", null);
      assertThat(run.status()).as(run.raw()).isEqualTo(200);
      assertThat(run.body().path("days").asInt()).isEqualTo(400);
      assertThat(run.body().path("purged").asLong()).isGreaterThanOrEqualTo(purgeable.size());
      assertThat(run.body().path("batches").asInt()).isGreaterThanOrEqualTo(2);

      assertThat(existing(purgeable)).isEmpty();
      assertThat(existing(kept)).containsExactlyInAnyOrderElementsOf(kept);
    } finally {
      transactions.inNewTransaction(
          em ->
              em.createQuery("DELETE FROM Interaction i WHERE i.id = :id")
                  .setParameter("id", live)
                  .executeUpdate());
    }
  }

  @Test
  void onlyASuperadminRunsThePurge() {
    long group = root.post("/security-groups", body("name", "Retention roles " + suffix)).id();
    ApiClient admin = root.createUser("ret." + suffix, "ret-pass-" + suffix, "admin", group, null);
    Answer refused = admin.post("/retention/run", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.error()).isEqualTo("FORBIDDEN");
  }

  private List<Long> insert(long campaignId, int count, InteractionState state, Instant endedAt) {
    return transactions.inNewTransaction(
        em -> {
          Campaign campaign = em.find(Campaign.class, campaignId);
          List<Long> ids = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            Interaction interaction =
                new Interaction(campaign, "old-" + i, endedAt.minus(Duration.ofMinutes(5)));
            interaction.setState(state);
            interaction.setEndedAt(endedAt);
            em.persist(interaction);
            ids.add(interaction.getId());
          }
          return ids;
        });
  }

  private List<Long> insertQueuedAt(long campaignId, Instant queuedAt, Instant endedAt) {
    return transactions.inNewTransaction(
        em -> {
          Interaction interaction =
              new Interaction(em.find(Campaign.class, campaignId), "slow", queuedAt);
          interaction.setState(InteractionState.ABANDONED);
          interaction.setEndedAt(endedAt);
          em.persist(interaction);
          em.flush();
          return List.of(interaction.getId());
        });
  }

  private long insertLive(long campaignId, Instant queuedAt) {
    return transactions.inNewTransaction(
        em -> {
          Interaction interaction =
              new Interaction(em.find(Campaign.class, campaignId), "waiting", queuedAt);
          em.persist(interaction);
          em.flush();
          return interaction.getId();
        });
  }

  private List<Long> existing(List<Long> ids) {
    return transactions.inNewTransaction(
        em ->
            em.createQuery("SELECT i.id FROM Interaction i WHERE i.id IN :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList());
  }
}
