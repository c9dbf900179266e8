package com.omniroute.console.media;

import com.omniroute.media.boundary.CapacityPolicyChange;
import com.omniroute.media.boundary.CapacityPolicyInput;
import com.omniroute.media.entity.MediaType;
import com.omniroute.routing.control.MediaPolicy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of the capacity model editor: a media type's policy as stored and as being edited. A
 * class with getters and setters, not a record: Expression Language 5 (Jakarta EE 10) does not read
 * record components, and the form writes into it.
 */
public final class EditedPolicy implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final int version;
  private final int storedShare;
  private final int storedRequiredSpare;
  private final int storedPrecedence;
  private final Set<String> storedOverrides;
  private final List<String> choices;

  private Integer share;
  private Integer requiredSpare;
  private Integer precedence;
  private List<String> overrides;

  /** The fields whose typed value was refused, so the preview still uses the last valid one. */
  private final Set<String> refused = new TreeSet<>();

  private boolean changedElsewhere;

  EditedPolicy(MediaType stored, List<String> allCodes) {
    code = stored.getCode();
    version = stored.getVersion();
    storedShare = stored.getShare();
    storedRequiredSpare = stored.getRequiredSpare();
    storedPrecedence = stored.getPrecedence();
    storedOverrides = new TreeSet<>(stored.getOverrides());
    choices = allCodes.stream().filter(other -> !other.equals(code)).toList();
    share = storedShare;
    requiredSpare = storedRequiredSpare;
    precedence = storedPrecedence;
    overrides = new ArrayList<>(storedOverrides);
  }

  /** Whether any value differs from the stored policy. */
  boolean isChanged() {
    return !Objects.equals(share, storedShare)
        || !Objects.equals(requiredSpare, storedRequiredSpare)
        || !Objects.equals(precedence, storedPrecedence)
        || !new TreeSet<>(overrides).equals(storedOverrides);
  }

  CapacityPolicyChange change() {
    return new CapacityPolicyChange(
        code,
        version,
        new CapacityPolicyInput(share, requiredSpare, precedence, List.copyOf(overrides)));
  }

  /** The policy as edited, in the routing core's terms, for the preview. */
  MediaPolicy asPolicy() {
    return new MediaPolicy(code, share, requiredSpare, precedence, Set.copyOf(overrides));
  }

  void refused(String field, boolean isRefused) {
    if (isRefused) {
      refused.add(field);
    } else {
      refused.remove(field);
    }
  }

  Set<String> getRefused() {
    return refused;
  }

  void markChangedElsewhere() {
    changedElsewhere = true;
  }

  public boolean isChangedElsewhere() {
    return changedElsewhere;
  }

  public String getCode() {
    return code;
  }

  /** The other media types: a type may not override itself. */
  public List<String> getChoices() {
    return choices;
  }

  public Integer getShare() {
    return share;
  }

  public void setShare(Integer share) {
    this.share = share;
  }

  public Integer getRequiredSpare() {
    return requiredSpare;
  }

  public void setRequiredSpare(Integer requiredSpare) {
    this.requiredSpare = requiredSpare;
  }

  public Integer getPrecedence() {
    return precedence;
  }

  public void setPrecedence(Integer precedence) {
    this.precedence = precedence;
  }

  public List<String> getOverrides() {
    return overrides;
  }

  public void setOverrides(List<String> overrides) {
    this.overrides = overrides == null ? new ArrayList<>() : new ArrayList<>(overrides);
  }
}
