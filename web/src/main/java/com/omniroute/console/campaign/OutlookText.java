package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.console.layout.Texts;
import jakarta.faces.context.FacesContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A campaign's open/closed indicator in the view's language, for the list and the form. */
final class OutlookText {

  private OutlookText() {}

  /** "Open now", or when it next opens on the wall clock of the campaign's zone. */
  static String of(Texts texts, CampaignService.Outlook outlook, ZoneId zone) {
    if (outlook.open()) {
      return texts.text("campaigns.openNow");
    }
    if (outlook.nextOpening() == null) {
      return texts.text("campaigns.closed");
    }
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(
            "EEE d MMM HH:mm", FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return texts.text(
        "campaigns.closedUntil", format.format(outlook.nextOpening().atZone(zone)), zone.getId());
  }
}
