package com.omniroute.routing.boundary;

import com.omniroute.media.entity.MediaType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one routing engine of the application. It starts with the application, after the schema
 * migration, and holds the live routing configuration in memory.
 *
 * <p>Container-managed concurrency: reads of the in-memory state share a read lock; anything that
 * changes it takes the write lock, so events are applied one at a time.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class RoutingEngine {

  private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

  @PersistenceContext private EntityManager em;

  private Instant startedAt;
  private Map<String, MediaType> capacityPolicies;

  @PostConstruct
  void start() {
    loadCapacityPolicies();
    startedAt = Instant.now();
    LOG.info(
        () -> "Routing engine started with the capacity policies of " + capacityPolicies.keySet());
  }

  /** Re-reads the capacity policies of every media type from the database. */
  @Lock(LockType.WRITE)
  public void loadCapacityPolicies() {
    List<MediaType> types =
        em.createNamedQuery(MediaType.FIND_ALL, MediaType.class).getResultList();
    capacityPolicies =
        types.stream()
            .collect(Collectors.toUnmodifiableMap(MediaType::getCode, Function.identity()));
  }

  /** When the engine started; never null once the application is up. */
  @Lock(LockType.READ)
  public Instant startedAt() {
    return startedAt;
  }

  /** The capacity policies the engine routes with, by media type code. */
  @Lock(LockType.READ)
  public Map<String, MediaType> capacityPolicies() {
    return capacityPolicies;
  }
}
