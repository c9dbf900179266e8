package com.omniroute.audit.entity;

import com.omniroute.common.entity.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * One recorded change: who made it, when, to which object, and the object before and after as JSON
 * (no password ever). Written in the transaction of the change itself, so a change that rolls back
 * leaves no entry. Entries are never changed or deleted by the application.
 *
 * <p>The security groups are those the object belonged to before or after the change (a campaign
 * moved between groups has both; a membership has its campaign's and its agent's): an entry is
 * visible to the users of any of them. Objects outside every group (users, security groups, media
 * types) have none, and only a superadmin sees their entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

  private static final long serialVersionUID = 1L;

  /** The selection of the filtered queries; the filters and the order are appended. */
  public static final String SELECT = "SELECT e FROM AuditEntry e WHERE 1 = 1";

  public static final String COUNT = "SELECT COUNT(e) FROM AuditEntry e WHERE 1 = 1";

  public static final String FROM = " AND e.at >= :from";
  public static final String TO = " AND e.at < :to";
  public static final String OF_TYPE = " AND e.objectType = :objectType";
  public static final String OF_OBJECT = " AND e.objectId = :objectId";
  public static final String BY_USER = " AND e.username = :username";

  /** Limits to the entries of the {@code :groups} (for everyone but a superadmin). */
  public static final String IN_GROUPS =
      " AND e.id IN (SELECT x.id FROM AuditEntry x JOIN x.securityGroupIds g WHERE g IN :groups)";

  /** Newest first; entries of the same microsecond by id, newest first too. */
  public static final String NEWEST_FIRST = " ORDER BY e.at DESC, e.id DESC";

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 100)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "object_type", nullable = false, length = 40)
  private AuditObjectType objectType;

  @Column(name = "object_id", nullable = false, length = 64)
  private String objectId;

  @Column(name = "object_name", length = 255)
  private String objectName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "audit_entry_group", joinColumns = @JoinColumn(name = "audit_entry_id"))
  @Column(name = "security_group_id", nullable = false)
  private Set<Long> securityGroupIds = new TreeSet<>();

  @Lob
  @Column(name = "before_json")
  private String before;

  @Lob
  @Column(name = "after_json")
  private String after;

  protected AuditEntry() {}

  public AuditEntry(
      Instant at,
      String username,
      AuditAction action,
      AuditObjectType objectType,
      String objectId,
      String objectName,
      Collection<Long> securityGroupIds,
      String before,
      String after) {
    this.at = at;
    this.username = username;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.objectName =
        objectName == null || objectName.length() <= 255
            ? objectName
            : objectName.substring(0, 255);
    this.securityGroupIds.addAll(securityGroupIds);
    this.before = before;
    this.after = after;
  }

  public Instant getAt() {
    return at;
  }

  public String getUsername() {
    return username;
  }

  public AuditAction getAction() {
    return action;
  }

  public AuditObjectType getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getObjectName() {
    return objectName;
  }

  public Set<Long> getSecurityGroupIds() {
    return securityGroupIds;
  }

  /** The object before the change as a JSON object; null for a creation or a start. */
  public String getBefore() {
    return before;
  }

  /** The object after the change as a JSON object; null for a deletion. */
  public String getAfter() {
    return after;
  }
}
