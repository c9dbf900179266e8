package com.omniroute.routing.bench;

import com.omniroute.routing.control.RoutingCore;

/**
 * Runs the benchmark workload through both routers and checks they make exactly the same offers, so
 * the benchmark compares equal work: {@code java -cp routing-ejb/target/benchmarks.jar
 * com.omniroute.routing.bench.CrossCheck}.
 */
public final class CrossCheck {

  private CrossCheck() {}

  public static void main(String[] args) {
    int[][] sizes = {{1000, 100, 10_000}, {1000, 1000, 10_000}, {2000, 100, 20_000}};
    int operations = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    for (int[] size : sizes) {
      Workload workload = new Workload(size[0], size[1], size[2], 7);
      BenchClock indexedClock = new BenchClock(Workload.START_MILLIS);
      RoutingCore core = new RoutingCore(indexedClock);
      core.loadConfiguration(workload.configuration());
      Driver indexed = new Driver(new IndexedRouter(core), workload, indexedClock, true);
      BenchClock naiveClock = new BenchClock(Workload.START_MILLIS);
      Driver naive = new Driver(new NaiveRouter(workload, naiveClock), workload, naiveClock, true);
      for (int i = 0; i < operations; i++) {
        indexed.operation();
        naive.operation();
      }
      if (!indexed.record.equals(naive.record)) {
        throw new AssertionError(
            "routers differ at "
                + size[0]
                + " agents, "
                + size[1]
                + " campaigns, "
                + size[2]
                + " waiting");
      }
      System.out.printf(
          "%d agents, %d campaigns, %d waiting: %d identical offers in %d operations%n",
          size[0], size[1], size[2], indexed.record.size() / 2, operations);
    }
  }
}
