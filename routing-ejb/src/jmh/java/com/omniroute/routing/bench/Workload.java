package com.omniroute.routing.bench;

import com.omniroute.routing.control.AgentSettings;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.routing.control.CampaignSettings;
import com.omniroute.routing.control.LiveInteractionState;
import com.omniroute.routing.control.MediaPolicy;
import com.omniroute.routing.control.Membership;
import com.omniroute.routing.control.RestoredInteraction;
import com.omniroute.routing.control.RoutingConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A busy contact centre in steady state, generated the same way for both routers: every agent is
 * READY and full (four chats or SMS in hand), every agent is a member of five consecutive campaigns
 * with penalties 0..2, and the waiting interactions are spread over all campaigns (a quarter of
 * them EMAIL, which a full agent can never take, so they stay waiting).
 */
final class Workload {

  static final String[] CAMPAIGN_MEDIA = {"CHAT", "CHAT", "SMS", "EMAIL"};
  static final int MEMBERSHIPS_PER_AGENT = 5;
  static final int HELD_PER_AGENT = 4;
  static final int MAX_PER_AGENT = 4;
  static final long START_MILLIS = Instant.parse("2025-01-06T09:00:00Z").toEpochMilli();

  final int agents;
  final int campaigns;
  final int waitingCount;
  final int[][] memberCampaigns;
  final int[][] memberPenalties;

  /** Per agent, the ids of the interactions in hand, oldest first; ids of waiting ones follow. */
  final long[][] heldIds;

  final int[][] heldCampaigns;
  final long[] waitingIds;
  final int[] waitingCampaigns;
  final int[] waitingPriorities;
  final long[] waitingQueuedAt;
  final long firstFreeId;

  Workload(int agents, int campaigns, int waiting, long seed) {
    this.agents = agents;
    this.campaigns = campaigns;
    this.waitingCount = waiting;
    Random random = new Random(seed);
    memberCampaigns = new int[agents + 1][MEMBERSHIPS_PER_AGENT];
    memberPenalties = new int[agents + 1][MEMBERSHIPS_PER_AGENT];
    heldIds = new long[agents + 1][HELD_PER_AGENT];
    heldCampaigns = new int[agents + 1][HELD_PER_AGENT];
    long id = 1;
    for (int a = 1; a <= agents; a++) {
      List<Integer> takeable = new ArrayList<>();
      for (int j = 0; j < MEMBERSHIPS_PER_AGENT; j++) {
        int campaign = 1 + ((a - 1) * MEMBERSHIPS_PER_AGENT + j) % campaigns;
        memberCampaigns[a][j] = campaign;
        memberPenalties[a][j] = random.nextInt(3);
        if (!"EMAIL".equals(mediaOf(campaign))) {
          takeable.add(campaign);
        }
      }
      for (int h = 0; h < HELD_PER_AGENT; h++) {
        heldIds[a][h] = id++;
        heldCampaigns[a][h] = takeable.get(h % takeable.size());
      }
    }
    waitingIds = new long[waiting];
    waitingCampaigns = new int[waiting];
    waitingPriorities = new int[waiting];
    waitingQueuedAt = new long[waiting];
    for (int w = 0; w < waiting; w++) {
      waitingIds[w] = id++;
      waitingCampaigns[w] = 1 + random.nextInt(campaigns);
      waitingPriorities[w] = random.nextInt(10);
      waitingQueuedAt[w] = START_MILLIS - random.nextInt(3_600_000);
    }
    firstFreeId = id;
  }

  static String mediaOf(int campaign) {
    return CAMPAIGN_MEDIA[campaign % CAMPAIGN_MEDIA.length];
  }

  /** No wrap-up and no timers, so that every event is pure routing work. */
  static CampaignSettings campaignSettings(int campaign) {
    return new CampaignSettings(
        campaign,
        "Campaign " + campaign,
        mediaOf(campaign),
        true,
        true,
        0,
        MAX_PER_AGENT,
        0,
        0,
        0,
        20,
        0);
  }

  RoutingConfiguration configuration() {
    List<CampaignSettings> campaignList = new ArrayList<>();
    for (int c = 1; c <= campaigns; c++) {
      campaignList.add(campaignSettings(c));
    }
    List<AgentSettings> agentList = new ArrayList<>();
    List<Membership> memberships = new ArrayList<>();
    List<RestoredInteraction> live = new ArrayList<>();
    Instant start = Instant.ofEpochMilli(START_MILLIS);
    for (int a = 1; a <= agents; a++) {
      agentList.add(new AgentSettings(a, "Agent " + a, LiveAgentState.READY));
      for (int j = 0; j < MEMBERSHIPS_PER_AGENT; j++) {
        memberships.add(new Membership(memberCampaigns[a][j], a, memberPenalties[a][j]));
      }
      for (int h = 0; h < HELD_PER_AGENT; h++) {
        live.add(
            new RestoredInteraction(
                heldIds[a][h],
                heldCampaigns[a][h],
                null,
                0,
                LiveInteractionState.ACTIVE,
                start,
                (long) a,
                false,
                false,
                start,
                start,
                null));
      }
    }
    for (int w = 0; w < waitingCount; w++) {
      live.add(
          RestoredInteraction.queued(
              waitingIds[w],
              waitingCampaigns[w],
              waitingPriorities[w],
              Instant.ofEpochMilli(waitingQueuedAt[w])));
    }
    return new RoutingConfiguration(
        MediaPolicy.defaults(), campaignList, agentList, memberships, live);
  }
}
