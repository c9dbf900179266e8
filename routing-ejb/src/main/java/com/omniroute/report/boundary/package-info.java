/**
 * The interval reports (docs/design.md section 13, docs/reports.md): the service that answers them
 * within the caller's security groups, the writing of the engine's figures into the aggregates, and
 * the migration that backfills the aggregates from the stored interactions.
 */
package com.omniroute.report.boundary;
