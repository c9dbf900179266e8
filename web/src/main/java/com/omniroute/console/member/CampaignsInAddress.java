package com.omniroute.console.member;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The members screen's selected campaigns in the address ({@code ?campaigns=3,8}), so that a reload
 * or a bookmark shows the same selection: read when the page opens, rewritten in place (no new
 * history entry) when the selection changes.
 */
final class CampaignsInAddress {

  private CampaignsInAddress() {}

  /**
   * The ids the parameter names, in its order; none for a missing or blank parameter.
   *
   * @throws NumberFormatException when a part is not a number
   */
  static List<Long> read(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return List.of();
    }
    return Arrays.stream(parameter.split(",")).map(String::strip).map(Long::valueOf).toList();
  }

  /** Makes the browser's address name these campaigns, or none. */
  static void write(List<Long> ids) {
    String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    // Only digits and commas go into the script.
    PrimeFaces.current()
        .executeScript(
            "history.replaceState(null, '', location.pathname"
                + (list.isEmpty() ? "" : " + '?campaigns=" + list + "'")
                + ")");
  }
}
