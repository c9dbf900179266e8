package com.omniroute.report.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Adds stored 15-minute UTC intervals of one campaign or agent into the rows of a report: 15
 * minutes, hours or days of a time zone. Rows come out in time order, only those with stored
 * intervals in them.
 *
 * @param <F> the figures (campaign or agent), which know how to add another's
 */
public final class Rollup<F> {

  private final ReportInterval interval;
  private final ZoneId zone;
  private final Supplier<F> empty;
  private final BiConsumer<F, F> adder;
  private final Map<Instant, Row<F>> rows = new TreeMap<>();

  /** One report row: its start in the report's zone and its summed figures. */
  public record Row<F>(ZonedDateTime start, F figures) {}

  public Rollup(ReportInterval interval, ZoneId zone, Supplier<F> empty, BiConsumer<F, F> adder) {
    this.interval = interval;
    this.zone = zone;
    this.empty = empty;
    this.adder = adder;
  }

  /** Adds one stored interval, given by its start in seconds since the epoch. */
  public void add(long intervalStart, F figures) {
    ZonedDateTime start = interval.rowStart(Instant.ofEpochSecond(intervalStart).atZone(zone));
    adder.accept(
        rows.computeIfAbsent(start.toInstant(), k -> new Row<>(start, empty.get())).figures(),
        figures);
  }

  /** The rows, earliest first. */
  public Iterable<Row<F>> rows() {
    return rows.values();
  }
}
