package com.omniroute.routing.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the benchmark moves forward by one millisecond per operation, so ages differ. */
final class BenchClock extends Clock {

  private long millis;

  BenchClock(long startMillis) {
    this.millis = startMillis;
  }

  void tick() {
    millis++;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }

  @Override
  public long millis() {
    return millis;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
