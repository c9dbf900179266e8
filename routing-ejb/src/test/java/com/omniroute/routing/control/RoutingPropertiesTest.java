package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random event sequences against random configurations. The test keeps its own model of the live
 * state, built only from the effects the core reports, and after every event checks it against the
 * core and against the rules by brute force (every waiting interaction against every agent), never
 * through the core's indexes:
 *
 * <ul>
 *   <li>docs/design.md section 4: no waiting interaction could be offered to any agent under rules
 *       2 and 3;
 *   <li>every offer obeys rule 2 (or rule 3 when forced), goes to the first waiting interaction any
 *       agent could take (so precedence is never inverted for the agent who gets it), and to an
 *       agent with the lowest penalty and then the most spare among those who could take it;
 *   <li>no agent is above capacity except through an override;
 *   <li>no interaction is lost or held by two agents; every state change was reported;
 *   <li>every timer the state needs was requested;
 *   <li>every waiting interaction's position is the number waiting before it in its campaign, plus
 *       one.
 * </ul>
 */
class RoutingPropertiesTest {

  private static final List<String> MEDIA = List.of("VOICE", "CHAT", "EMAIL", "SMS");

  record Step(int kind, int a, int b, int c) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_000);
    return Combinators.combine(Arbitraries.integers().between(0, 19), any, any, any)
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(150);
  }

  @Property(tries = 300)
  void everyRuleHoldsAfterEveryEvent(@ForAll long seed, @ForAll("steps") List<Step> steps) {
    new Run(seed).play(steps);
  }

  @Property(tries = 100)
  void everyRuleHoldsWithTheDefaultPolicies(@ForAll long seed, @ForAll("steps") List<Step> steps) {
    Run run = new Run(seed, MediaPolicy.defaults());
    run.play(steps);
  }

  /** One interaction as the test believes it is, from the effects alone. */
  static final class Model {
    final long id;
    final long campaign;
    final String media;
    final int priority;
    final Instant queuedAt;
    LiveInteractionState state = LiveInteractionState.QUEUED;
    Long agent;
    boolean forced;
    boolean onHold;

    Model(long id, long campaign, String media, int priority, Instant queuedAt) {
      this.id = id;
      this.campaign = campaign;
      this.media = media;
      this.priority = priority;
      this.queuedAt = queuedAt;
    }
  }

  static final class Run {
    final Random random;
    final TestClock clock = new TestClock(Fixture.START);
    final RoutingCore core = new RoutingCore(clock);
    final Map<String, MediaPolicy> policies = new HashMap<>();
    final Map<Long, CampaignSettings> campaigns = new TreeMap<>();
    final Map<Long, LiveAgentState> agents = new TreeMap<>();
    final Map<Long, Map<Long, Integer>> members = new HashMap<>();
    final Map<Long, Model> live = new LinkedHashMap<>();
    final Map<String, Instant> timers = new HashMap<>();
    long nextId = 1;
    int pendingPriority;
    long pendingCampaign;

    Run(long seed) {
      this(seed, null);
    }

    Run(long seed, List<MediaPolicy> fixedPolicies) {
      random = new Random(seed);
      List<MediaPolicy> chosen = fixedPolicies == null ? randomPolicies() : fixedPolicies;
      chosen.forEach(p -> policies.put(p.code(), p));
      int campaignCount = 1 + random.nextInt(4);
      for (long c = 1; c <= campaignCount; c++) {
        campaigns.put(c, randomCampaign(c));
        members.put(c, new TreeMap<>());
      }
      int agentCount = 1 + random.nextInt(5);
      List<Membership> memberships = new ArrayList<>();
      for (long a = 1; a <= agentCount; a++) {
        agents.put(a, random.nextInt(4) == 0 ? LiveAgentState.NOT_READY : LiveAgentState.READY);
        for (long c = 1; c <= campaignCount; c++) {
          if (random.nextInt(10) < 6) {
            int penalty = random.nextInt(3);
            members.get(c).put(a, penalty);
            memberships.add(new Membership(c, a, penalty));
          }
        }
      }
      RoutingResult loaded =
          core.loadConfiguration(
              new RoutingConfiguration(
                  chosen,
                  List.copyOf(campaigns.values()),
                  agents.entrySet().stream()
                      .map(e -> new AgentSettings(e.getKey(), "Agent " + e.getKey(), e.getValue()))
                      .toList(),
                  memberships,
                  List.of()));
      applyAndCheck(loaded);
    }

    private List<MediaPolicy> randomPolicies() {
      int[] shares = {25, 25, 50, 100};
      int[] spares = {0, 25, 50, 100};
      List<MediaPolicy> list = new ArrayList<>();
      for (String code : MEDIA) {
        Set<String> overrides = new HashSet<>();
        for (String other : MEDIA) {
          if (random.nextInt(3) == 0) {
            overrides.add(other);
          }
        }
        list.add(
            new MediaPolicy(
                code,
                shares[random.nextInt(shares.length)],
                spares[random.nextInt(spares.length)],
                1 + random.nextInt(4),
                overrides));
      }
      return list;
    }

    private CampaignSettings randomCampaign(long id) {
      return new CampaignSettings(
          id,
          "Campaign " + id,
          MEDIA.get(random.nextInt(MEDIA.size())),
          true,
          true,
          random.nextInt(5),
          1 + random.nextInt(3),
          random.nextBoolean() ? 0 : 20,
          random.nextBoolean() ? 0 : 10,
          random.nextBoolean() ? 0 : 30,
          20,
          0);
    }

    void play(List<Step> steps) {
      for (Step step : steps) {
        clock.advanceSeconds(step.c() % 3);
        perform(step);
      }
    }

    private void perform(Step s) {
      int kind = s.kind();
      if (kind <= 4) {
        pendingCampaign = 1 + s.a() % campaigns.size();
        pendingPriority = s.b() % 10;
        applyAndCheck(core.arrive(nextId++, pendingCampaign, pendingPriority));
      } else if (kind <= 6) {
        pick(s.a(), m -> m.state == LiveInteractionState.OFFERED)
            .ifPresent(m -> applyAndCheck(core.accept(m.id, m.agent)));
      } else if (kind == 7) {
        pick(s.a(), m -> m.state == LiveInteractionState.OFFERED || m.forced)
            .ifPresent(
                m -> {
                  if (m.forced) {
                    refused(() -> core.reject(m.id, m.agent));
                  } else {
                    applyAndCheck(core.reject(m.id, m.agent));
                  }
                });
      } else if (kind == 8) {
        fireTimer(s.a(), TimerKind.OFFER_TIMEOUT, LiveInteractionState.OFFERED);
      } else if (kind <= 10) {
        pick(s.a(), m -> m.state == LiveInteractionState.ACTIVE)
            .ifPresent(m -> applyAndCheck(core.finish(m.id, m.agent)));
      } else if (kind == 11) {
        fireTimer(s.a(), TimerKind.WRAP_UP_END, LiveInteractionState.WRAP_UP);
      } else if (kind == 12) {
        pick(
                s.a(),
                m ->
                    m.state == LiveInteractionState.QUEUED
                        || m.state == LiveInteractionState.OFFERED)
            .ifPresent(m -> applyAndCheck(core.abandon(m.id)));
      } else if (kind == 13) {
        fireTimer(s.a(), TimerKind.DROPOUT, LiveInteractionState.QUEUED);
      } else if (kind == 14) {
        long agent = 1 + s.a() % agents.size();
        LiveAgentState state = LiveAgentState.values()[s.b() % 3 == 0 ? 1 : s.b() % 3 == 1 ? 2 : 0];
        applyAndCheck(core.agentStateChanged(agent, state));
      } else if (kind == 15) {
        long campaign = 1 + s.a() % campaigns.size();
        long agent = 1 + s.b() % agents.size();
        int penalty = s.c() % 3;
        members.get(campaign).put(agent, penalty);
        applyAndCheck(core.upsertMembership(new Membership(campaign, agent, penalty)));
      } else if (kind == 16) {
        long campaign = 1 + s.a() % campaigns.size();
        long agent = 1 + s.b() % agents.size();
        if (members.get(campaign).remove(agent) != null) {
          applyAndCheck(core.removeMembership(campaign, agent));
        } else {
          refused(() -> core.removeMembership(campaign, agent));
        }
      } else if (kind == 17) {
        long id = 1 + s.a() % campaigns.size();
        CampaignSettings old = campaigns.get(id);
        CampaignSettings changed =
            switch (s.b() % 4) {
              case 0 -> old.withEnabled(!old.enabled());
              case 1 -> old.withOpen(!old.open());
              case 2 -> old.withMaxInteractionsPerAgent(1 + s.c() % 3);
              default -> old.withAcdLimit(s.c() % 5);
            };
        campaigns.put(id, changed);
        applyAndCheck(core.upsertCampaign(changed));
      } else if (kind == 18) {
        illegal(s);
      } else {
        long id = 1 + s.a() % nextId;
        clock.advanceSeconds(s.b() % 40);
        RoutingResult stale =
            switch (s.b() % 3) {
              case 0 -> core.offerTimedOut(id);
              case 1 -> core.wrapUpEnded(id);
              default -> core.dropoutReached(id);
            };
        applyAndCheck(stale);
      }
    }

    /* A due timer fires: the clock moves to its instant first, as the container would. */
    private void fireTimer(int choice, TimerKind kind, LiveInteractionState state) {
      pick(choice, m -> m.state == state && timers.containsKey(kind + "/" + m.id))
          .ifPresent(
              m -> {
                clock.advanceTo(timers.get(kind + "/" + m.id));
                RoutingResult result =
                    switch (kind) {
                      case OFFER_TIMEOUT -> core.offerTimedOut(m.id);
                      case WRAP_UP_END -> core.wrapUpEnded(m.id);
                      case DROPOUT -> core.dropoutReached(m.id);
                    };
                assertThat(result.isEmpty()).as("a due " + kind + " timer acts").isFalse();
                applyAndCheck(result);
              });
    }

    private void illegal(Step s) {
      long agent = 1 + s.b() % agents.size();
      var held = pick(s.a(), m -> m.agent != null && m.agent != agent);
      if (held.isPresent()) {
        refused(() -> core.accept(held.get().id, agent));
        refused(() -> core.finish(held.get().id, agent));
      }
      pick(s.a(), m -> m.state == LiveInteractionState.QUEUED)
          .ifPresent(m -> refused(() -> core.finish(m.id, agent)));
      refused(() -> core.accept(nextId + 100, agent));
    }

    private void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable event) {
      RoutingSnapshot before = core.snapshot();
      assertThatThrownBy(event).isInstanceOf(RoutingException.class);
      assertThat(core.snapshot()).isEqualTo(before);
    }

    private java.util.Optional<Model> pick(int choice, Predicate<Model> filter) {
      List<Model> candidates = live.values().stream().filter(filter).toList();
      return candidates.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(candidates.get(choice % candidates.size()));
    }

    // ------------------------------------------------------------ the model, from effects

    private void applyAndCheck(RoutingResult result) {
      for (Effect effect : result.effects()) {
        apply(effect);
      }
      checkAgainstCore();
      checkRules();
    }

    private void apply(Effect effect) {
      if (effect instanceof Effect.Queued q) {
        assertThat(live).doesNotContainKey(q.interactionId());
        assertThat(q.campaignId()).isEqualTo(pendingCampaign);
        live.put(
            q.interactionId(),
            new Model(
                q.interactionId(),
                q.campaignId(),
                campaigns.get(q.campaignId()).mediaType(),
                pendingPriority,
                q.queuedAt()));
      } else if (effect instanceof Effect.Rejected r) {
        CampaignSettings c = campaigns.get(r.campaignId());
        RejectionCode expected =
            !c.enabled()
                ? RejectionCode.CAMPAIGN_DISABLED
                : !c.open() ? RejectionCode.CAMPAIGN_CLOSED : RejectionCode.QUEUE_FULL;
        assertThat(r.code()).isEqualTo(expected);
        if (expected == RejectionCode.QUEUE_FULL) {
          assertThat(c.acdLimit()).isPositive();
          assertThat(waiting(r.campaignId())).isGreaterThanOrEqualTo(c.acdLimit());
        }
      } else if (effect instanceof Effect.Offered o) {
        checkOffer(o);
        Model m = live.get(o.interactionId());
        m.state = o.state();
        m.agent = o.agentId();
        m.forced = o.forced();
        for (long held : o.onHoldIds()) {
          Model h = live.get(held);
          assertThat(h.agent).isEqualTo(o.agentId());
          assertThat(h.state).isEqualTo(LiveInteractionState.ACTIVE);
          h.onHold = true;
        }
      } else if (effect instanceof Effect.InteractionStateChanged c) {
        Model m = live.get(c.interactionId());
        assertThat(m).as("state change of a live interaction").isNotNull();
        assertThat(m.state).isEqualTo(c.from());
        assertThat(m.agent).isEqualTo(c.agentId());
        m.state = c.to();
        if (c.to() == LiveInteractionState.QUEUED) {
          m.agent = null;
          m.forced = false;
          m.onHold = false;
        } else if (c.to() == LiveInteractionState.WRAP_UP) {
          m.onHold = false;
        } else if (c.to() == LiveInteractionState.COMPLETED) {
          live.remove(m.id);
        }
      } else if (effect instanceof Effect.Abandoned a) {
        Model m = live.remove(a.interactionId());
        assertThat(m.state).isEqualTo(a.from());
      } else if (effect instanceof Effect.Resumed r) {
        Model m = live.get(r.interactionId());
        assertThat(m.onHold).isTrue();
        m.onHold = false;
      } else if (effect instanceof Effect.AgentStateChanged a) {
        assertThat(agents.get(a.agentId())).isEqualTo(a.from());
        agents.put(a.agentId(), a.to());
      } else if (effect instanceof Effect.TimerRequest t) {
        timers.put(t.kind() + "/" + t.interactionId(), t.at());
      } else if (effect instanceof Effect.TimerCancellation t) {
        timers.remove(t.kind() + "/" + t.interactionId());
      }
    }

    /* At the moment of an offer, before the model applies it. */
    private void checkOffer(Effect.Offered o) {
      Model x = live.get(o.interactionId());
      assertThat(x.state)
          .as("only a waiting interaction is offered")
          .isEqualTo(LiveInteractionState.QUEUED);
      Fit fit = fit(o.agentId(), x);
      assertThat(fit).as("offer of %s to agent %s", x.id, o.agentId()).isNotEqualTo(Fit.NO);
      assertThat(o.forced())
          .as("forced exactly when only rule 3 allows it")
          .isEqualTo(fit == Fit.OVERRIDE);
      for (Model y : live.values()) {
        if (y.state == LiveInteractionState.QUEUED && order().compare(y, x) < 0) {
          assertThat(fit(o.agentId(), y))
              .as(
                  "precedence inverted: %s offered to agent %s while %s waits",
                  x.id, o.agentId(), y.id)
              .isEqualTo(Fit.NO);
          for (long agent : agents.keySet()) {
            assertThat(fit(agent, y))
                .as(
                    "%s offered while %s, earlier in order, could go to agent %s",
                    x.id, y.id, agent)
                .isEqualTo(Fit.NO);
          }
        }
      }
      int chosenPenalty = members.get(x.campaign).get(o.agentId());
      int chosenSpare = 100 - used(o.agentId());
      for (long agent : agents.keySet()) {
        if (fit(agent, x) != Fit.NO) {
          int penalty = members.get(x.campaign).get(agent);
          assertThat(penalty).as("lower penalty wins").isGreaterThanOrEqualTo(chosenPenalty);
          if (penalty == chosenPenalty) {
            assertThat(100 - used(agent)).as("then most spare").isLessThanOrEqualTo(chosenSpare);
          }
        }
      }
    }

    // ------------------------------------------------------------ checks

    private void checkAgainstCore() {
      RoutingSnapshot snapshot = core.snapshot();
      Map<Long, InteractionView> views = new HashMap<>();
      snapshot.interactions().forEach(v -> views.put(v.id(), v));
      assertThat(views.keySet()).as("no interaction lost or invented").isEqualTo(live.keySet());
      for (Model m : live.values()) {
        InteractionView v = views.get(m.id);
        assertThat(v.state()).as("state of %s", m.id).isEqualTo(m.state);
        assertThat(v.agentId()).as("agent of %s", m.id).isEqualTo(m.agent);
        assertThat(v.forced()).isEqualTo(m.forced);
        assertThat(v.onHold()).as("on hold %s", m.id).isEqualTo(m.onHold);
        assertThat(v.queuedAt()).isEqualTo(m.queuedAt);
        assertThat(core.position(m.id))
            .as("position of %s", m.id)
            .isEqualTo(
                m.state == LiveInteractionState.QUEUED
                    ? OptionalInt.of(1 + waitingAhead(m))
                    : OptionalInt.empty());
      }
      Set<Long> heldSomewhere = new HashSet<>();
      for (AgentWork work : snapshot.agents()) {
        assertThat(work.state()).isEqualTo(agents.get(work.agentId()));
        assertThat(work.used()).isEqualTo(used(work.agentId()));
        for (InteractionView v : work.interactions()) {
          assertThat(heldSomewhere.add(v.id())).as("%s held by two agents", v.id()).isTrue();
          assertThat(v.agentId()).isEqualTo(work.agentId());
          assertThat(v.state().isHeld()).isTrue();
        }
      }
      long heldInModel = live.values().stream().filter(m -> m.agent != null).count();
      assertThat(heldSomewhere).hasSize((int) heldInModel);
      for (QueueStatus queue : snapshot.queues()) {
        assertThat(queue.waiting()).isEqualTo(waiting(queue.campaignId()));
      }
      assertThat(core.indexProblems()).isEmpty();
    }

    private void checkRules() {
      for (Model x : live.values()) {
        if (x.state == LiveInteractionState.QUEUED) {
          for (long agent : agents.keySet()) {
            assertThat(fit(agent, x))
                .as("section 4 invariant: %s waits although agent %s could take it", x.id, agent)
                .isEqualTo(Fit.NO);
          }
        }
        CampaignSettings c = campaigns.get(x.campaign);
        if (x.state == LiveInteractionState.OFFERED && c.offerTimeoutSeconds() > 0) {
          assertThat(timers).containsKey(TimerKind.OFFER_TIMEOUT + "/" + x.id);
        }
        if (x.state == LiveInteractionState.WRAP_UP) {
          assertThat(timers).containsKey(TimerKind.WRAP_UP_END + "/" + x.id);
        }
        if (x.state == LiveInteractionState.QUEUED && c.dropoutSeconds() > 0) {
          assertThat(timers).containsKey(TimerKind.DROPOUT + "/" + x.id);
        }
        if (x.forced) {
          assertThat(x.state)
              .as("an override is never a pending offer")
              .isNotEqualTo(LiveInteractionState.OFFERED);
        }
      }
      for (long agent : agents.keySet()) {
        int normal = 0;
        boolean anyOnHold = false;
        boolean overrideRunning = false;
        for (Model m : heldBy(agent)) {
          if (!m.forced) {
            normal += policies.get(m.media).share();
          } else if (m.state == LiveInteractionState.ACTIVE && !m.onHold) {
            overrideRunning = true;
          }
          anyOnHold |= m.onHold;
        }
        assertThat(normal)
            .as("agent %s above capacity without an override", agent)
            .isLessThanOrEqualTo(100);
        if (anyOnHold) {
          assertThat(overrideRunning)
              .as("agent %s has work on hold with no override running", agent)
              .isTrue();
        }
      }
    }

    // ------------------------------------------------------------ rules 2 and 3, by brute force

    enum Fit {
      NORMAL,
      OVERRIDE,
      NO
    }

    private Fit fit(long agent, Model x) {
      CampaignSettings campaign = campaigns.get(x.campaign);
      if (agents.get(agent) != LiveAgentState.READY
          || !members.get(x.campaign).containsKey(agent)) {
        return Fit.NO;
      }
      List<Model> held = heldBy(agent);
      long ofCampaign = held.stream().filter(m -> m.campaign == x.campaign).count();
      if (ofCampaign >= campaign.maxInteractionsPerAgent()) {
        return Fit.NO;
      }
      MediaPolicy m = policies.get(x.media);
      int used = used(agent);
      if (100 - used >= m.requiredSpare() && used + m.share() <= 100) {
        return Fit.NORMAL;
      }
      boolean allOverridable =
          !held.isEmpty() && held.stream().allMatch(h -> m.overrides().contains(h.media));
      return allOverridable ? Fit.OVERRIDE : Fit.NO;
    }

    private List<Model> heldBy(long agent) {
      return live.values().stream().filter(m -> m.agent != null && m.agent == agent).toList();
    }

    private int used(long agent) {
      return heldBy(agent).stream().mapToInt(m -> policies.get(m.media).share()).sum();
    }

    private int waiting(long campaign) {
      return (int)
          live.values().stream()
              .filter(m -> m.campaign == campaign && m.state == LiveInteractionState.QUEUED)
              .count();
    }

    /* Counted one by one over the model, in the campaign's routing order. */
    private int waitingAhead(Model x) {
      return (int)
          live.values().stream()
              .filter(
                  m ->
                      m.campaign == x.campaign
                          && m.state == LiveInteractionState.QUEUED
                          && order().compare(m, x) < 0)
              .count();
    }

    private Comparator<Model> order() {
      return Comparator.<Model>comparingInt(m -> policies.get(m.media).precedence())
          .thenComparing(m -> -m.priority)
          .thenComparing(m -> m.queuedAt)
          .thenComparingLong(m -> m.id);
    }
  }
}
