package com.omniroute.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit log is searched by; every part optional. {@code from} inclusive, {@code to}
 * exclusive; {@code objectType} one of {@link com.omniroute.audit.entity.AuditObjectType}'s names;
 * {@code objectId} and {@code username} exact.
 */
public record AuditFilter(
    Instant from, Instant to, String objectType, String objectId, String username)
    implements Serializable {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
