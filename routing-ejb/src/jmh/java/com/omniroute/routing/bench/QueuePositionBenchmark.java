package com.omniroute.routing.bench;

import com.omniroute.routing.control.AgentSettings;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.routing.control.CampaignSettings;
import com.omniroute.routing.control.Membership;
import com.omniroute.routing.control.RoutingCore;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of asking where a waiting interaction stands: {@code whyWaiting} (the sentence, which ends
 * with "N waiting ahead of it") and {@code position} (the number alone), for an interaction picked
 * at random from one campaign's queue of 1,000 or 100,000. The campaign has ten members, all
 * NOT_READY, so nothing is offered and whyWaiting's walk over the members costs the same at both
 * sizes; what differs is the queue.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QueuePositionBenchmark {

  private static final long CAMPAIGN = 1;
  private static final int MEMBERS = 10;

  @Param({"1000", "100000"})
  int waiting;

  private RoutingCore core;
  private long[] asked;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    BenchClock clock = new BenchClock(Workload.START_MILLIS);
    core = new RoutingCore(clock);
    core.upsertCampaign(CampaignSettings.of(CAMPAIGN, "Support", "CHAT"));
    for (long agent = 1; agent <= MEMBERS; agent++) {
      core.upsertAgent(new AgentSettings(agent, "Agent " + agent, LiveAgentState.NOT_READY));
      core.upsertMembership(new Membership(CAMPAIGN, agent, (int) agent % 3));
    }
    SplittableRandom random = new SplittableRandom(7);
    Instant start = Instant.ofEpochMilli(Workload.START_MILLIS);
    for (long id = 1; id <= waiting; id++) {
      core.arrive(
          id, CAMPAIGN, random.nextInt(10), start.minusSeconds(random.nextInt(waiting * 10)));
    }
    // Random interactions from the whole queue, so the average one has half the queue ahead.
    asked = new long[4096];
    for (int i = 0; i < asked.length; i++) {
      asked[i] = 1 + random.nextInt(waiting);
    }
  }

  private long nextAsked() {
    long id = asked[next];
    next = (next + 1) & (asked.length - 1);
    return id;
  }

  @Benchmark
  public String whyWaiting() {
    return core.whyWaiting(nextAsked());
  }

  @Benchmark
  public int position() {
    return core.position(nextAsked()).getAsInt();
  }
}
