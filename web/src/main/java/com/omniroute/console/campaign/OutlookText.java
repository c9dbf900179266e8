package com.omniroute.console.campaign;

import com.omniroute.console.layout.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A campaign's open/closed indicator in the view's language, for the list and the form. */
final class OutlookText {

  private OutlookText() {}

  /**
   * "Open now", "Closed", or when it next opens on the wall clock of the campaign's zone.
   *
   * @param nextOpening when a closed campaign opens next, or {@code null} if never
   */
  static String of(Texts texts, boolean open, Instant nextOpening, ZoneId zone, Locale locale) {
    if (open) {
      return texts.text("campaigns.openNow");
    }
    if (nextOpening == null) {
      return texts.text("campaigns.closed");
    }
    DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale);
    return texts.text(
        "campaigns.closedUntil", format.format(nextOpening.atZone(zone)), zone.getId());
  }
}
