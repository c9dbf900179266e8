/**
 * Plain logic of the interval reports: the figures that events add to the 15-minute UTC intervals
 * ({@link IntervalDeltas}), and the roll-up of those intervals into 15 minutes, hours or days of a
 * time zone ({@link Rollup}).
 */
package com.omniroute.report.control;
