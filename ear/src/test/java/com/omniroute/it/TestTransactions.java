package com.omniroute.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * Runs test code in a transaction of its own against the application's persistence unit, the way a
 * boundary would. Each call sees a new persistence context, so reads after a write come from the
 * database.
 */
@ApplicationScoped
public class TestTransactions {

  @PersistenceContext(unitName = "routing")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inNewTransaction(Function<EntityManager, T> work) {
    return work.apply(em);
  }
}
