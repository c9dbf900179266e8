/**
 * The interval report aggregates: counters and sums per campaign and per agent for each 15-minute
 * UTC interval, written by the routing engine in the transactions that change the interactions
 * (docs/reports.md). A new measure is a new field of {@link CampaignFigures} or {@link
 * AgentFigures} and a new column.
 */
package com.omniroute.report.entity;
