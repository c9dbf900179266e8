package com.omniroute.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.omniroute.security.entity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private Instant now = Instant.parse("2026-03-02T09:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final CredentialCache cache = new CredentialCache(clock, new Random(7));
  private final AtomicInteger hashes = new AtomicInteger();
  private final ExecutorService threads = Executors.newFixedThreadPool(16);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  /** A slow check that counts its hashes and knows one user, "ana" with "secret". */
  private Supplier<Optional<Set<Role>>> hash(String username, String password) {
    return () -> {
      hashes.incrementAndGet();
      return "ana".equals(username) && "secret".equals(password)
          ? Optional.of(Set.of(Role.CONNECTOR))
          : Optional.empty();
    };
  }

  private Optional<Set<Role>> verify(String username, String password) {
    return cache.verify(username, password, hash(username, password));
  }

  @Test
  void aVerifiedPasswordIsRememberedAWrongOneNever() {
    assertThat(verify("ana", "secret")).contains(Set.of(Role.CONNECTOR));
    assertThat(verify("ana", "secret")).contains(Set.of(Role.CONNECTOR));
    assertThat(hashes).hasValue(1);

    assertThat(verify("ana", "wrong")).isEmpty();
    assertThat(verify("ana", "wrong")).isEmpty();
    assertThat(hashes).hasValue(3);
    // A wrong password does not push the right one out.
    assertThat(verify("ana", "secret")).isPresent();
    assertThat(hashes).hasValue(3);
  }

  @Test
  void clientsThatLoggedInTogetherAreCheckedAgainAtSpreadInstants() {
    int clients = 200;
    for (int i = 0; i < clients; i++) {
      cache.verify("client" + i, "pw", () -> Optional.of(Set.of(Role.CONNECTOR)));
    }
    List<Integer> refreshedPerSecond = new ArrayList<>();
    Set<Integer> refreshed = new HashSet<>();
    for (int second = 1; second <= 61; second++) {
      now = now.plusSeconds(1);
      AtomicInteger thisSecond = new AtomicInteger();
      for (int i = 0; i < clients; i++) {
        int client = i;
        cache.verify(
            "client" + i,
            "pw",
            () -> {
              thisSecond.incrementAndGet();
              refreshed.add(client);
              return Optional.of(Set.of(Role.CONNECTOR));
            });
      }
      refreshedPerSecond.add(thisSecond.get());
    }
    // Nobody before 48 s, everybody once by 60 s, and never more than a fraction in one second.
    assertThat(refreshedPerSecond.subList(0, 47)).containsOnly(0);
    assertThat(refreshed).hasSize(clients);
    assertThat(refreshedPerSecond.subList(0, 60).stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(clients);
    assertThat(refreshedPerSecond).allSatisfy(n -> assertThat(n).isLessThan(clients / 4));
  }

  @Test
  void whileOneRequestRefreshesTheOthersAreAnsweredFromTheEntry() throws Exception {
    assertThat(verify("ana", "secret")).isPresent();
    now = now.plus(CredentialCache.REFRESH_AFTER).plusSeconds(1);
    CountDownLatch refreshStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Optional<Set<Role>>> refreshing =
        threads.submit(
            () ->
                cache.verify(
                    "ana",
                    "secret",
                    () -> {
                      hashes.incrementAndGet();
                      refreshStarted.countDown();
                      await(release);
                      return Optional.of(Set.of(Role.CONNECTOR));
                    }));
    assertThat(refreshStarted.await(10, TimeUnit.SECONDS)).isTrue();

    List<Future<Optional<Set<Role>>>> others = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      others.add(threads.submit(() -> verify("ana", "secret")));
    }
    // They all answer while the refresh is still blocked in its hash.
    for (Future<Optional<Set<Role>>> other : others) {
      assertThat(other.get(10, TimeUnit.SECONDS)).contains(Set.of(Role.CONNECTOR));
    }
    assertThat(hashes).hasValue(2);
    release.countDown();
    assertThat(refreshing.get(10, TimeUnit.SECONDS)).isPresent();
    // Refreshed: the next minute is free of hashes again.
    now = now.plusSeconds(30);
    assertThat(verify("ana", "secret")).isPresent();
    assertThat(hashes).hasValue(2);
  }

  @Test
  void concurrentRequestsWithoutAnEntryShareOneHash() throws Exception {
    CountDownLatch firstHashing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<Optional<Set<Role>>> slow =
        () -> {
          hashes.incrementAndGet();
          firstHashing.countDown();
          await(release);
          return Optional.of(Set.of(Role.CONNECTOR));
        };
    List<Future<Optional<Set<Role>>>> requests = new ArrayList<>();
    requests.add(threads.submit(() -> cache.verify("ana", "secret", slow)));
    assertThat(firstHashing.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 10; i++) {
      requests.add(threads.submit(() -> cache.verify("ana", "secret", slow)));
    }
    release.countDown();
    for (Future<Optional<Set<Role>>> request : requests) {
      assertThat(request.get(10, TimeUnit.SECONDS)).contains(Set.of(Role.CONNECTOR));
    }
    assertThat(hashes.get()).isLessThanOrEqualTo(2).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anEntryUnusedPastItsExpiryIsCheckedAgain() {
    verify("ana", "secret");
    now = now.plus(CredentialCache.EXPIRE_AFTER);
    assertThat(verify("ana", "secret")).isPresent();
    assertThat(hashes).hasValue(2);
  }

  @Test
  void aChangedPasswordFoundAtRefreshEndsTheEntry() {
    verify("ana", "secret");
    now = now.plus(CredentialCache.REFRESH_AFTER);
    assertThat(cache.verify("ana", "secret", Optional::empty)).isEmpty();
    assertThat(cache.remembered()).isZero();
  }

  @Test
  void aForgetDuringACheckIsNotUndoneByIt() {
    assertThat(
            cache.verify(
                "ana",
                "secret",
                () -> {
                  cache.forget("ana");
                  return Optional.of(Set.of(Role.SUPERADMIN));
                }))
        .isPresent();
    assertThat(cache.remembered()).isZero();
    assertThat(verify("ana", "secret")).contains(Set.of(Role.CONNECTOR));
  }

  @Test
  void forgetMakesTheNextRequestHash() {
    verify("ana", "secret");
    cache.forget("ana");
    verify("ana", "secret");
    assertThat(hashes).hasValue(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
