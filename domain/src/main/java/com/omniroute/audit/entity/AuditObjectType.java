package com.omniroute.audit.entity;

/**
 * The kinds of object the audit log records changes of. Stored by name in a plain column with no
 * check constraint, so that later kinds (not-ready reasons, dispositions) are new constants and no
 * migration.
 */
public enum AuditObjectType {
  SECURITY_GROUP,
  USER,
  AGENT,
  CAMPAIGN,
  /** A campaign membership; its object id is {@code campaignId:agentId}. */
  MEMBER,
  /** The capacity policy of a media type; its object id is the media type's code. */
  MEDIA_TYPE,
  /** The traffic simulator; its object id is {@code simulator}. */
  SIMULATOR
}
