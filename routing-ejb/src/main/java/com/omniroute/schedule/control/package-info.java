/**
 * Campaign schedules as plain Java: the parser, validator and normaliser of the schedule text of
 * docs/design.md section 5 (with the midnight-crossing and dated-exception extensions), and the
 * open/closed and next-transition computation in a campaign's IANA time zone. No container, no
 * database and no clock of its own: callers pass the instant and the zone, so the EJB and its
 * timers decide what "now" is. The grammar and the decisions are in {@code docs/schedules.md}.
 */
package com.omniroute.schedule.control;
