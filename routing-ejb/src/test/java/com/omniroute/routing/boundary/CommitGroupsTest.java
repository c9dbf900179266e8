package com.omniroute.routing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommitGroupsTest {

  /** What a group does: runs its steps, then "commits" by recording the group. */
  private final List<List<Integer>> committed = Collections.synchronizedList(new ArrayList<>());

  /** Counted down when the first group starts. */
  private final CountDownLatch firstGroupRunning = new CountDownLatch(1);

  private final ExecutorService callers = Executors.newFixedThreadPool(16);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private CommitGroups<List<Integer>> groups(CountDownLatch firstCommit) {
    return new CommitGroups<>(
        group -> {
          firstGroupRunning.countDown();
          List<Integer> log = new ArrayList<>();
          group.forEach(p -> p.run(log, IllegalArgumentException.class));
          await(firstCommit);
          committed.add(log);
          group.forEach(CommitGroups.Pending::deliver);
        },
        100,
        () -> new IllegalStateException("busy"));
  }

  @Test
  void aStepIsAnsweredWithItsResultAfterItsGroupCommitted() {
    CommitGroups<List<Integer>> groups = groups(new CountDownLatch(0));

    String answer =
        groups.submit(
            log -> {
              log.add(1);
              return "stored";
            },
            Duration.ofSeconds(1));

    assertThat(answer).isEqualTo("stored");
    assertThat(committed).containsExactly(List.of(1));
  }

  @Test
  void aRefusalReachesOnlyItsCallerAndTheRestOfTheGroupCommits() {
    CommitGroups<List<Integer>> groups = groups(new CountDownLatch(0));

    assertThatThrownBy(
            () ->
                groups.submit(
                    log -> {
                      throw new IllegalArgumentException("refused");
                    },
                    Duration.ofSeconds(1)))
        .hasMessage("refused");
    assertThat((boolean) groups.submit(log -> log.add(2), Duration.ofSeconds(1))).isTrue();
    assertThat(committed).containsExactly(List.of(), List.of(2));
  }

  @Test
  void eventsArrivingDuringACommitFormTheNextGroupInArrivalOrderEachRunOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CommitGroups<List<Integer>> groups = groups(release);
    Future<Boolean> first =
        callers.submit(() -> groups.submit(log -> log.add(0), Duration.ofSeconds(10)));
    assertThat(firstGroupRunning.await(10, TimeUnit.SECONDS)).isTrue();
    List<Future<Integer>> others = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int n = i;
      others.add(
          callers.submit(
              () ->
                  groups.submit(
                      log -> {
                        log.add(n);
                        return n * 10;
                      },
                      Duration.ofSeconds(10))));
    }
    awaitCondition(() -> groups.waiting() == 10);

    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 10; i++) {
      assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
    }
    assertThat(committed).hasSize(2);
    assertThat(committed.get(0)).containsExactly(0);
    assertThat(committed.get(1)).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void aFailedGroupAnswersEveryCallerInItWithTheFailure() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    CountDownLatch queued = new CountDownLatch(1);
    CommitGroups<Object> groups =
        new CommitGroups<>(
            group -> {
              await(queued);
              group.forEach(p -> p.run(null, IllegalArgumentException.class));
              ran.addAndGet(group.size());
              throw new IllegalStateException("commit failed");
            },
            100,
            () -> new IllegalStateException("busy"));
    List<Future<Object>> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      results.add(callers.submit(() -> groups.submit(g -> "ok", Duration.ofSeconds(10))));
    }
    queued.countDown();

    for (Future<Object> result : results) {
      assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
          .hasRootCauseMessage("commit failed");
    }
    assertThat(ran).hasValue(5);
  }

  @Test
  void aHeldTurnKeepsGroupsOutAndAnImpatientCallerIsRefusedWithoutItsStepRunning() {
    CommitGroups<List<Integer>> groups = groups(new CountDownLatch(0));
    assertThat(groups.hold(Duration.ofSeconds(1))).isTrue();

    assertThatThrownBy(() -> groups.submit(log -> log.add(7), Duration.ofMillis(50)))
        .hasMessage("busy");
    groups.release();

    assertThat(committed).isEmpty();
    assertThat(groups.waiting()).isZero();
    assertThat((boolean) groups.submit(log -> log.add(8), Duration.ofSeconds(1))).isTrue();
    assertThat(committed).containsExactly(List.of(8));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
