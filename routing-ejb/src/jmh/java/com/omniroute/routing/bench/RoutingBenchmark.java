package com.omniroute.routing.bench;

import com.omniroute.routing.control.RoutingCore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average cost of one routing event (finish, accept, arrive; see {@link Driver}) for the indexed
 * core and the naive reference, at every combination of agents, campaigns and waiting interactions.
 * Events per second is 10^9 divided by the score in ns/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RoutingBenchmark {

  @Param({"1000", "10000"})
  int agents;

  @Param({"100", "1000"})
  int campaigns;

  @Param({"10000", "100000"})
  int waiting;

  @Param({"indexed", "naive"})
  String router;

  private Driver driver;

  @Setup(Level.Trial)
  public void setUp() {
    Workload workload = new Workload(agents, campaigns, waiting, 7);
    BenchClock clock = new BenchClock(Workload.START_MILLIS);
    Router chosen;
    if ("indexed".equals(router)) {
      RoutingCore core = new RoutingCore(clock);
      core.loadConfiguration(workload.configuration());
      chosen = new IndexedRouter(core);
    } else {
      chosen = new NaiveRouter(workload, clock);
    }
    driver = new Driver(chosen, workload, clock, false);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf(
        "%n[%s] events per operation: %.3f over %d operations%n",
        router, (double) driver.events / driver.operations, driver.operations);
  }

  /** One operation is three routing events. */
  @Benchmark
  @OperationsPerInvocation(3)
  public void routingEvent() {
    driver.operation();
  }
}
