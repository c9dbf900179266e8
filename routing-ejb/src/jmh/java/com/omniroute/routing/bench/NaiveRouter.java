package com.omniroute.routing.bench;

import com.omniroute.routing.control.MediaPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference the core is measured against: the same rules (docs/design.md sections 3 and 4),
 * written the obvious way. On every event it routes from scratch: it scans every agent and
 * membership to find the campaigns someone could serve, scans every waiting interaction for the
 * first of those, scans every agent for the best taker, and repeats until nothing can be offered.
 */
final class NaiveRouter implements Router {

  private static final long[] NONE = new long[0];

  static final class Item {
    final long id;
    final int campaign;
    final int media;
    final int priority;
    final long queuedAt;
    int waitingIndex = -1;
    int agent = -1;
    boolean active;
    boolean forced;
    boolean onHold;

    Item(long id, int campaign, int media, int priority, long queuedAt) {
      this.id = id;
      this.campaign = campaign;
      this.media = media;
      this.priority = priority;
      this.queuedAt = queuedAt;
    }
  }

  private final BenchClock clock;
  private final int[] share;
  private final int[] requiredSpare;
  private final int[] precedence;
  private final boolean[][] overrides;
  private final int[] campaignMedia;
  private final int[] campaignMax;
  private final int[][] memberCampaigns;
  private final int[][] memberPenalties;
  private final boolean[] ready;
  private final int[] used;
  private final long[] idleSince;
  private final List<List<Item>> held = new ArrayList<>();
  private final List<Item> waiting = new ArrayList<>();
  private final Map<Long, Item> items = new HashMap<>();
  private final boolean[] servable;

  NaiveRouter(Workload w, BenchClock clock) {
    this.clock = clock;
    List<MediaPolicy> policies = MediaPolicy.defaults();
    Map<String, Integer> mediaIndex = new HashMap<>();
    for (int m = 0; m < policies.size(); m++) {
      mediaIndex.put(policies.get(m).code(), m);
    }
    share = new int[policies.size()];
    requiredSpare = new int[policies.size()];
    precedence = new int[policies.size()];
    overrides = new boolean[policies.size()][policies.size()];
    for (int m = 0; m < policies.size(); m++) {
      MediaPolicy p = policies.get(m);
      share[m] = p.share();
      requiredSpare[m] = p.requiredSpare();
      precedence[m] = p.precedence();
      for (String o : p.overrides()) {
        overrides[m][mediaIndex.get(o)] = true;
      }
    }
    campaignMedia = new int[w.campaigns + 1];
    campaignMax = new int[w.campaigns + 1];
    servable = new boolean[w.campaigns + 1];
    for (int c = 1; c <= w.campaigns; c++) {
      campaignMedia[c] = mediaIndex.get(Workload.mediaOf(c));
      campaignMax[c] = Workload.MAX_PER_AGENT;
    }
    memberCampaigns = w.memberCampaigns;
    memberPenalties = w.memberPenalties;
    ready = new boolean[w.agents + 1];
    used = new int[w.agents + 1];
    idleSince = new long[w.agents + 1];
    held.add(null);
    for (int a = 1; a <= w.agents; a++) {
      ready[a] = true;
      idleSince[a] = clock.millis();
      List<Item> inHand = new ArrayList<>();
      held.add(inHand);
      for (int h = 0; h < Workload.HELD_PER_AGENT; h++) {
        int c = w.heldCampaigns[a][h];
        Item item = new Item(w.heldIds[a][h], c, campaignMedia[c], 0, Workload.START_MILLIS);
        item.agent = a;
        item.active = true;
        inHand.add(item);
        used[a] += share[item.media];
        items.put(item.id, item);
      }
    }
    for (int i = 0; i < w.waitingCount; i++) {
      int c = w.waitingCampaigns[i];
      Item item =
          new Item(
              w.waitingIds[i], c, campaignMedia[c], w.waitingPriorities[i], w.waitingQueuedAt[i]);
      items.put(item.id, item);
      addWaiting(item);
    }
  }

  @Override
  public long[] arrive(long interactionId, int campaign, int priority) {
    Item item =
        new Item(interactionId, campaign, campaignMedia[campaign], priority, clock.millis());
    items.put(interactionId, item);
    addWaiting(item);
    return route();
  }

  @Override
  public long[] accept(long interactionId, int agent) {
    Item item = items.get(interactionId);
    if (item.agent != agent || item.active) {
      throw new IllegalStateException("cannot accept " + interactionId);
    }
    item.active = true;
    return route();
  }

  @Override
  public long[] finish(long interactionId, int agent) {
    Item item = items.get(interactionId);
    if (item.agent != agent || !item.active) {
      throw new IllegalStateException("cannot finish " + interactionId);
    }
    held.get(agent).remove(item);
    used[agent] -= share[item.media];
    idleSince[agent] = clock.millis();
    items.remove(interactionId);
    if (item.forced) {
      for (Item other : held.get(agent)) {
        other.onHold = false;
      }
    }
    return route();
  }

  private long[] route() {
    long[] offers = NONE;
    while (true) {
      java.util.Arrays.fill(servable, false);
      for (int a = 1; a < ready.length; a++) {
        for (int c : memberCampaigns[a]) {
          if (!servable[c] && fit(a, c) > 0) {
            servable[c] = true;
          }
        }
      }
      Item best = null;
      for (Item x : waiting) {
        if (servable[x.campaign] && (best == null || before(x, best))) {
          best = x;
        }
      }
      if (best == null) {
        return offers;
      }
      int chosen = -1;
      int chosenPenalty = 0;
      for (int a = 1; a < ready.length; a++) {
        int penalty = penalty(a, best.campaign);
        if (penalty < 0 || fit(a, best.campaign) == 0) {
          continue;
        }
        if (chosen < 0
            || penalty < chosenPenalty
            || penalty == chosenPenalty
                && (used[a] < used[chosen]
                    || used[a] == used[chosen] && idleSince[a] < idleSince[chosen])) {
          chosen = a;
          chosenPenalty = penalty;
        }
      }
      boolean forced = fit(chosen, best.campaign) == 2;
      removeWaiting(best);
      if (forced) {
        for (Item other : held.get(chosen)) {
          other.onHold = true;
        }
      }
      best.agent = chosen;
      best.forced = forced;
      best.active = forced;
      held.get(chosen).add(best);
      used[chosen] += share[best.media];
      long[] more = java.util.Arrays.copyOf(offers, offers.length + 3);
      more[offers.length] = best.id;
      more[offers.length + 1] = chosen;
      more[offers.length + 2] = best.campaign;
      offers = more;
    }
  }

  /* 0: cannot, 1: normal offer (rule 2), 2: override (rule 3). */
  private int fit(int a, int c) {
    if (!ready[a]) {
      return 0;
    }
    int ofCampaign = 0;
    for (Item item : held.get(a)) {
      if (item.campaign == c) {
        ofCampaign++;
      }
    }
    if (ofCampaign >= campaignMax[c]) {
      return 0;
    }
    int m = campaignMedia[c];
    if (100 - used[a] >= requiredSpare[m] && used[a] + share[m] <= 100) {
      return 1;
    }
    if (held.get(a).isEmpty()) {
      return 0;
    }
    for (Item item : held.get(a)) {
      if (!overrides[m][item.media]) {
        return 0;
      }
    }
    return 2;
  }

  private int penalty(int a, int c) {
    for (int j = 0; j < memberCampaigns[a].length; j++) {
      if (memberCampaigns[a][j] == c) {
        return memberPenalties[a][j];
      }
    }
    return -1;
  }

  private boolean before(Item x, Item y) {
    if (precedence[x.media] != precedence[y.media]) {
      return precedence[x.media] < precedence[y.media];
    }
    if (x.priority != y.priority) {
      return x.priority > y.priority;
    }
    if (x.queuedAt != y.queuedAt) {
      return x.queuedAt < y.queuedAt;
    }
    return x.id < y.id;
  }

  private void addWaiting(Item item) {
    item.waitingIndex = waiting.size();
    waiting.add(item);
  }

  private void removeWaiting(Item item) {
    Item last = waiting.remove(waiting.size() - 1);
    if (last != item) {
      waiting.set(item.waitingIndex, last);
      last.waitingIndex = item.waitingIndex;
    }
    item.waitingIndex = -1;
  }
}
