package com.omniroute.routing.bench;

import com.omniroute.routing.control.Effect;
import com.omniroute.routing.control.RoutingCore;
import com.omniroute.routing.control.RoutingResult;
import java.util.List;

/** The real routing core behind the benchmark's interface. */
final class IndexedRouter implements Router {

  private static final long[] NONE = new long[0];

  final RoutingCore core;

  IndexedRouter(RoutingCore core) {
    this.core = core;
  }

  @Override
  public long[] arrive(long interactionId, int campaign, int priority) {
    return offers(core.arrive(interactionId, campaign, priority));
  }

  @Override
  public long[] accept(long interactionId, int agent) {
    return offers(core.accept(interactionId, agent));
  }

  @Override
  public long[] finish(long interactionId, int agent) {
    return offers(core.finish(interactionId, agent));
  }

  private static long[] offers(RoutingResult result) {
    List<Effect> effects = result.effects();
    int count = 0;
    for (Effect e : effects) {
      if (e instanceof Effect.Offered) {
        count++;
      }
    }
    if (count == 0) {
      return NONE;
    }
    long[] triples = new long[count * 3];
    int i = 0;
    for (Effect e : effects) {
      if (e instanceof Effect.Offered o) {
        triples[i++] = o.interactionId();
        triples[i++] = o.agentId();
        triples[i++] = o.campaignId();
      }
    }
    return triples;
  }
}
