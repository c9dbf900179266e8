package com.omniroute.audit.entity;

/** What was done to the object of an audit entry. */
public enum AuditAction {
  CREATED,
  UPDATED,
  DELETED,
  /** An agent's state set by a supervisor or an administrator rather than by the agent. */
  STATE_CHANGED,
  STARTED,
  STOPPED
}
