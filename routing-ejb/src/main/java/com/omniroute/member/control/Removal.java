package com.omniroute.member.control;

import java.io.Serializable;
import java.util.Map;

/**
 * What a bulk remove did: the counts for the sentence that confirms it, and the penalty each ended
 * membership had, so that the console can offer to undo it exactly.
 */
public record Removal(BulkChange change, Map<MembershipKey, Integer> penalties)
    implements Serializable {

  public Removal {
    penalties = Map.copyOf(penalties);
  }
}
