package com.omniroute.console.audit;

import java.io.Serializable;

/**
 * One field of an audited object and its values before and after the change; a side that does not
 * exist (a creation's before, a deletion's after) is null. A class with getters, not a record:
 * Expression Language 5 does not read record components.
 */
public final class FieldChange implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String before;
  private final String after;

  public FieldChange(String field, String before, String after) {
    this.field = field;
    this.before = before;
    this.after = after;
  }

  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  @Override
  public String toString() {
    return field + ": " + before + " -> " + after;
  }
}
