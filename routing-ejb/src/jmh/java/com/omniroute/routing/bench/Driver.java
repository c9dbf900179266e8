package com.omniroute.routing.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The steady-state operation both routers run: an agent finishes its oldest interaction (freeing 25
 * capacity), the router offers it the next interaction it may take, the agent accepts, and a new
 * interaction arrives in the campaign the offer came from, so that every queue keeps its length.
 * That is three events per operation.
 */
final class Driver {

  private final Router router;
  private final BenchClock clock;
  private final int agents;
  private final int campaigns;
  private final long[][] inHand;
  private final int[] head;
  private final int[] size;
  private int cursor;
  private long nextId;
  private long seed = 42;
  long events;
  long operations;
  final List<Long> record;

  Driver(Router router, Workload w, BenchClock clock, boolean recordOffers) {
    this.router = router;
    this.clock = clock;
    this.agents = w.agents;
    this.campaigns = w.campaigns;
    this.inHand = new long[w.agents + 1][16];
    this.head = new int[w.agents + 1];
    this.size = new int[w.agents + 1];
    for (int a = 1; a <= w.agents; a++) {
      for (long id : w.heldIds[a]) {
        push(a, id);
      }
    }
    this.nextId = w.firstFreeId;
    this.record = recordOffers ? new ArrayList<>() : null;
  }

  void operation() {
    clock.tick();
    operations++;
    int agent = 1 + cursor;
    cursor = cursor + 1 == agents ? 0 : cursor + 1;
    if (size[agent] == 0) {
      arrive(1 + (int) (random() % campaigns));
      return;
    }
    long oldest = poll(agent);
    events++;
    long[] offers = router.finish(oldest, agent);
    if (offers.length == 0) {
      arrive(1 + (int) (random() % campaigns));
    } else {
      take(offers);
    }
  }

  private void arrive(int campaign) {
    events++;
    take(router.arrive(nextId++, campaign, (int) (random() % 10)));
  }

  private void take(long[] offers) {
    for (int i = 0; i < offers.length; i += 3) {
      long interaction = offers[i];
      int agent = (int) offers[i + 1];
      if (record != null) {
        record.add(interaction);
        record.add((long) agent);
      }
      events++;
      router.accept(interaction, agent);
      push(agent, interaction);
    }
    for (int i = 0; i < offers.length; i += 3) {
      arrive((int) offers[i + 2]);
    }
  }

  private long random() {
    seed = seed * 6364136223846793005L + 1442695040888963407L;
    return (seed >>> 33) & Integer.MAX_VALUE;
  }

  private void push(int agent, long id) {
    long[] ring = inHand[agent];
    ring[(head[agent] + size[agent]) % ring.length] = id;
    size[agent]++;
  }

  private long poll(int agent) {
    long id = inHand[agent][head[agent]];
    head[agent] = (head[agent] + 1) % inHand[agent].length;
    size[agent]--;
    return id;
  }
}
