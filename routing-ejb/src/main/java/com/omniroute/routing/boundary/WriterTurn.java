package com.omniroute.routing.boundary;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * The routing engine's writer turn, held by one configuration change's transaction from its first
 * statement until it completes, so that no commit group runs between the core's change and its
 * commit. Released when the transaction completes, on whatever thread completes it; if the core had
 * applied the change and the transaction rolled back, the engine is rebuilt from the database.
 */
public final class WriterTurn implements Synchronization {

  private final Runnable releaseAfterRollback;
  private final Runnable release;
  private boolean applied;

  WriterTurn(Runnable releaseAfterRollback, Runnable release) {
    this.releaseAfterRollback = releaseAfterRollback;
    this.release = release;
  }

  /** The core has applied this transaction's change: a rollback now leaves the core ahead. */
  void applied() {
    applied = true;
  }

  @Override
  public void beforeCompletion() {
    // Nothing to do before the commit: the change is written and the core holds it.
  }

  @Override
  public void afterCompletion(int status) {
    if (applied && status != Status.STATUS_COMMITTED) {
      releaseAfterRollback.run();
    } else {
      release.run();
    }
  }
}
