package com.omniroute.security.entity;

/**
 * What a user may do. The lower-case {@link #roleName()} is the name the container's security and
 * the REST API use.
 */
public enum Role {
  /** Everything, in every security group: users, security groups, the media capacity model. */
  SUPERADMIN,
  /** Campaigns, members and agents of their own security groups. */
  ADMIN,
  /** Live statistics and agent states of their own security groups. */
  SUPERVISOR,
  /** An agent working interactions at a desktop. */
  AGENT,
  /** A channel connector that hands interactions in. */
  CONNECTOR;

  public String roleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
