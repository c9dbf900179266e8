package com.omniroute.console.audit;

import com.omniroute.audit.boundary.AuditFilter;
import com.omniroute.audit.boundary.AuditService;
import com.omniroute.audit.entity.AuditEntry;
import com.omniroute.audit.entity.AuditObjectType;
import com.omniroute.console.layout.Refusals;
import com.omniroute.console.layout.Texts;
import com.omniroute.console.list.PagedRows;
import com.omniroute.platform.boundary.ServiceException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code admin/audit.xhtml}: the audit log of the caller's security groups, newest first, one
 * page at a time from {@link AuditService}, with the API's filters. Times are UTC, as in the API.
 * The filters apply when searched: a refused filter (from after to) is shown next to its field and
 * the table keeps the last accepted one.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** One entry as the table shows it. */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String at;
    private final String username;
    private final String action;
    private final String objectType;
    private final String objectId;
    private final String objectName;
    private final List<FieldChange> changes;

    Row(AuditEntry entry) {
      this.id = entry.getId();
      this.at = WHEN.format(entry.getAt());
      this.username = entry.getUsername();
      this.action = entry.getAction().name();
      this.objectType = entry.getObjectType().name();
      this.objectId = entry.getObjectId();
      this.objectName = entry.getObjectName();
      this.changes = Differences.between(entry.getBefore(), entry.getAfter());
    }

    public long getId() {
      return id;
    }

    public String getAt() {
      return at;
    }

    public String getUsername() {
      return username;
    }

    public String getAction() {
      return action;
    }

    public String getObjectType() {
      return objectType;
    }

    public String getObjectId() {
      return objectId;
    }

    public String getObjectName() {
      return objectName;
    }

    public List<FieldChange> getChanges() {
      return changes;
    }
  }

  @Inject private AuditService audit;

  @Inject private Texts texts;

  private AuditFilter applied = AuditFilter.NONE;

  /** The table's model: each count and page is one query of the service. */
  private final PagedRows<Row> page =
      PagedRows.of(
          Row::getId,
          filterBy -> audit.count(applied),
          (first, pageSize, sortBy, filterBy) ->
              audit.find(applied, first, Math.min(pageSize, AuditService.MAX_PAGE_SIZE)).stream()
                  .map(Row::new)
                  .toList());

  private LocalDateTime from;
  private LocalDateTime to;
  private String objectType;
  private String objectId;
  private String username;

  /** Applies the filters typed, if the service accepts them. */
  public void search() {
    AuditFilter filter =
        new AuditFilter(
            utc(from), utc(to), objectType, blankToNull(objectId), blankToNull(username));
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      audit.count(filter);
    } catch (ServiceException refused) {
      Refusals.show(faces, "auditForm", refused, Map.of(), texts.error("audit.refused"));
      return;
    }
    applied = filter;
  }

  /** Clears every filter. */
  public void clear() {
    from = null;
    to = null;
    objectType = null;
    objectId = null;
    username = null;
    applied = AuditFilter.NONE;
  }

  private static Instant utc(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public PagedRows<Row> getPage() {
    return page;
  }

  public AuditObjectType[] getObjectTypes() {
    return AuditObjectType.values();
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public LocalDateTime getTo() {
    return to;
  }

  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  public String getObjectType() {
    return objectType;
  }

  public void setObjectType(String objectType) {
    this.objectType = objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
