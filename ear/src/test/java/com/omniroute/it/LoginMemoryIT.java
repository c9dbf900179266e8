package com.omniroute.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security finding 1: failed logins must not let a stranger grow the server's heap. The test runs
 * in the server, so that it can read the heap the attempts leave behind after a full collection.
 * Before the fix, each attempted username was kept whatever its length: thirty names of 700,000
 * characters kept 32 MB, and the 500 names of 200,000 characters here would have kept about 100 MB,
 * four times the bound.
 */
@ExtendWith(ArquillianExtension.class)
class LoginMemoryIT {

  /** What thousands of failed logins may leave on the heap at most. */
  private static final long BOUND_BYTES = 24L * 1024 * 1024;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.routingEar(LoginMemoryIT.class, ApiClient.class, RawHttp.class)
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.databind.ObjectMapper.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.core.JsonFactory.class))
        .addAsLibrary(Deployments.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class));
  }

  @Test
  void thousandsOfFailedLoginsWithLongNamesLeaveTheHeapBounded() {
    long before = heapAfterFullCollection();
    String filler = "x".repeat(50_000);
    for (int attempt = 0; attempt < 2_000; attempt++) {
      assertThat(refusal(filler + attempt)).as("attempt %d", attempt).startsWith("HTTP/1.1 401");
    }
    long grown = heapAfterFullCollection() - before;
    assertThat(grown)
        .as("heap kept by 2,000 failed logins (%d KB)", grown / 1024)
        .isLessThan(BOUND_BYTES);
  }

  private static String refusal(String username) {
    URI api = URI.create(ApiClient.routingUrl() + "api/v1/security-groups");
    return RawHttp.get(api, "127.0.0.1", username, "wrong password");
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
