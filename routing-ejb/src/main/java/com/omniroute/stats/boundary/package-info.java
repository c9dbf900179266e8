/**
 * Real-time campaign statistics: one campaign's figures for the API ({@link StatisticsService}) and
 * the supervisor dashboard's live view of all the caller sees ({@link LiveService}).
 */
package com.omniroute.stats.boundary;
