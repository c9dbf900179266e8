package com.omniroute.routing.boundary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Group commit with one writer at a time (docs/routing-service.md, "One writer, grouped commits").
 *
 * <p>A caller hands in a {@link Step} and waits. Whoever finds no writer at work becomes the
 * writer: it takes every step queued so far (up to {@code maxGroup}), in arrival order, and hands
 * them to the {@link Runner} as one group, which runs them one at a time and commits their effects
 * in one transaction. Callers of the group hear their answer only after the runner has delivered
 * it, that is after the commit. Steps queued meanwhile form the next group. So there is no thread
 * of its own: the callers themselves take turns as the writer, which keeps every step inside a
 * container invocation (transactions and timers are available) and costs nothing while idle.
 *
 * <p>The writer's turn can also be held for a while by something that is not a group: a
 * configuration change in its own transaction ({@link #hold}/{@link #release}), or a rebuild. The
 * turn is not owned by a thread, so a transaction's completion on another thread may release it.
 *
 * <p>Plain Java, so that it is unit-tested without a container ({@code CommitGroupsTest}).
 *
 * @param <C> what the runner gives each step to work with (the group's transaction)
 */
final class CommitGroups<C> {

  /** One event's work inside a group. */
  @FunctionalInterface
  interface Step<C, T> {
    T run(C group);
  }

  /** Runs one group. It must {@linkplain Pending#deliver deliver} or fail every pending step. */
  @FunctionalInterface
  interface Runner<C> {
    void run(List<Pending<C, ?>> group);
  }

  /** A step with its outcome: computed inside the group, delivered after the group committed. */
  static final class Pending<C, T> {
    private final Step<C, T> step;
    private T result;
    private RuntimeException refusal;
    private RuntimeException outcomeFailure;
    private boolean done;

    private Pending(Step<C, T> step) {
      this.step = step;
    }

    /** Runs the step; a refusal is kept for delivery (it changed nothing), anything else thrown. */
    void run(C group, Class<? extends RuntimeException> refusalType) {
      try {
        result = step.run(group);
      } catch (RuntimeException e) {
        if (!refusalType.isInstance(e)) {
          throw e;
        }
        refusal = e;
      }
    }

    /** The group committed: the caller gets its result or its refusal. */
    void deliver() {
      finish(refusal);
    }

    /** The group failed: the caller gets this error, whatever its step computed. */
    void fail(RuntimeException failure) {
      finish(Objects.requireNonNull(failure));
    }

    private void finish(RuntimeException failure) {
      synchronized (this) {
        if (done) {
          return;
        }
        outcomeFailure = failure;
        done = true;
      }
    }

    synchronized boolean isDone() {
      return done;
    }

    private synchronized T outcome() {
      if (outcomeFailure != null) {
        throw outcomeFailure;
      }
      return result;
    }
  }

  private final Queue<Pending<C, ?>> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition turnEnded = lock.newCondition();
  private final Runner<C> runner;
  private final int maxGroup;
  private final Supplier<RuntimeException> busy;
  private boolean writing;

  /**
   * @param maxGroup the most steps in one group, so that one transaction stays bounded
   * @param busy the refusal for a caller whose step did not get its turn within its patience; the
   *     step has then not run and never will
   */
  CommitGroups(Runner<C> runner, int maxGroup, Supplier<RuntimeException> busy) {
    this.runner = Objects.requireNonNull(runner);
    this.maxGroup = maxGroup;
    this.busy = Objects.requireNonNull(busy);
  }

  /**
   * Runs the step in the next group and answers with its result once that group has committed.
   *
   * @param patience how long to wait for the step's group to start; a step already in a running
   *     group is always waited for, since its outcome is being decided
   */
  <T> T submit(Step<C, T> step, Duration patience) {
    Pending<C, T> pending = new Pending<>(step);
    queue.add(pending);
    long deadline = System.nanoTime() + patience.toNanos();
    while (!pending.isDone()) {
      Turn turn = takeTurn(pending, deadline);
      if (turn == Turn.TIMED_OUT) {
        if (queue.remove(pending)) {
          throw busy.get();
        }
        // Taken into a group that is running now: its outcome comes with that group.
        awaitDone(pending);
      } else if (turn == Turn.TAKEN) {
        try {
          runGroup();
        } finally {
          release();
        }
      }
    }
    return pending.outcome();
  }

  /**
   * Holds the writer's turn until {@link #release}: no group runs meanwhile.
   *
   * @return false if the turn did not come within the patience
   */
  boolean hold(Duration patience) {
    return takeTurn(null, System.nanoTime() + patience.toNanos()) == Turn.TAKEN;
  }

  /** Ends a turn taken by {@link #hold} (or by a group). Any thread may call it. */
  void release() {
    lock.lock();
    try {
      writing = false;
      turnEnded.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private enum Turn {
    TAKEN,
    DONE,
    TIMED_OUT
  }

  /* Takes the writer's turn; gives up when the waiting step was delivered or at the deadline. */
  private Turn takeTurn(Pending<C, ?> waiting, long deadline) {
    lock.lock();
    try {
      while (writing) {
        if (waiting != null && waiting.isDone()) {
          return Turn.DONE;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Turn.TIMED_OUT;
        }
        turnEnded.awaitNanos(left);
      }
      if (waiting != null && waiting.isDone()) {
        return Turn.DONE;
      }
      writing = true;
      return Turn.TAKEN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Turn.TIMED_OUT;
    } finally {
      lock.unlock();
    }
  }

  private void runGroup() {
    List<Pending<C, ?>> group = new ArrayList<>();
    for (Pending<C, ?> next; group.size() < maxGroup && (next = queue.poll()) != null; ) {
      group.add(next);
    }
    if (group.isEmpty()) {
      return;
    }
    try {
      runner.run(group);
    } catch (RuntimeException failure) {
      group.forEach(p -> p.fail(failure));
    } finally {
      IllegalStateException undelivered =
          new IllegalStateException("The routing event was neither committed nor refused");
      group.forEach(p -> p.fail(undelivered));
    }
  }

  private void awaitDone(Pending<C, ?> pending) {
    lock.lock();
    try {
      while (!pending.isDone()) {
        turnEnded.await(100, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.fail(busy.get());
    } finally {
      lock.unlock();
    }
  }

  /** How many steps wait for a group now. */
  int waiting() {
    return queue.size();
  }
}
