package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security finding 1: failed logins must not let a stranger grow the server's heap. The test runs
 * in the server, so that it can read the heap the attempts leave behind after a full collection.
 * Before the fix, each attempted username was kept whatever its length: thirty names of 700,000
 * characters kept 32 MB, and the thousands here would have kept gigabytes (an OutOfMemoryError on
 * the test server's heap).
 */
@ExtendWith(ArquillianExtension.class)
class LoginMemoryIT {

  /** What thousands of failed logins may leave on the heap at most: the counts of a few. */
  private static final long BOUND_BYTES = 24L * 1024 * 1024;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.routingEar(LoginMemoryIT.class, ApiClient.class)
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.databind.ObjectMapper.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.core.JsonFactory.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
  }

  @Test
  void thousandsOfFailedLoginsWithLongOrDistinctNamesLeaveTheHeapBounded() {
    long before = heapAfterFullCollection();
    String filler = "x".repeat(100_000);
    for (int attempt = 0; attempt < 2_000; attempt++) {
      ApiClient.Answer refused =
          ApiClient.as(filler + attempt, "wrong password").get("/security-groups");
      assertThat(refused.status()).as("attempt %d", attempt).isEqualTo(401);
    }
    // Names of the longest length a user may have are counted, each once; at most 10,000 counts.
    String longest = "y".repeat(240);
    for (int attempt = 0; attempt < 2_000; attempt++) {
      ApiClient.Answer refused =
          ApiClient.as(longest + attempt, "wrong password").get("/security-groups");
      assertThat(refused.status()).as("attempt %d", attempt).isEqualTo(401);
    }
    long grown = heapAfterFullCollection() - before;
    assertThat(grown)
        .as("heap kept by 4,000 failed logins (%d KB)", grown / 1024)
        .isLessThan(BOUND_BYTES);
  }

  /** The heap in use once unreachable objects are gone (a few collections, until it settles). */
  private static long heapAfterFullCollection() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
