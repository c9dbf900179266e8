package com.omniroute.retention.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one purge did: the setting, the cut-off, how many interactions it deleted in how many
 * batches.
 */
public record RetentionRun(int days, Instant endedBefore, long purged, int batches)
    implements Serializable {}
