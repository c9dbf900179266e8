/**
 * The audit log: {@code AuditLog} records a change in the transaction that makes it, {@code
 * AuditService} reads the entries within the caller's security groups (docs/audit.md).
 */
package com.omniroute.audit.boundary;
