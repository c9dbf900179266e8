package com.omniroute.console.campaign;

import com.omniroute.console.layout.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The time-zone picker's choices: every IANA zone id the JVM knows, sorted, grouped by region
 * ({@code Europe/Madrid} under Europe; ids without a region, such as {@code UTC}, under "Other",
 * last), each labelled with its offset from UTC now. Request-scoped: offsets move with daylight
 * saving, and the form needs the same list again when it is submitted.
 */
@Named
@RequestScoped
public class TimeZoneChoices {

  @Inject private Texts texts;

  private List<SelectItem> groups;

  public List<SelectItem> getGroups() {
    if (groups == null) {
      groups = build(Instant.now());
    }
    return groups;
  }

  /** "+01:00", or "" for UTC itself, as in "UTC+01:00" and "UTC". */
  static String offset(ZoneId zone, Instant at) {
    ZoneOffset offset = zone.getRules().getOffset(at);
    return offset.getTotalSeconds() == 0 ? "" : offset.getId();
  }

  private List<SelectItem> build(Instant now) {
    Map<String, List<SelectItem>> byRegion = new TreeMap<>();
    List<SelectItem> other = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      SelectItem item =
          new SelectItem(id, texts.text("schedulePreview.zone", id, offset(ZoneId.of(id), now)));
      int slash = id.indexOf('/');
      if (slash < 0) {
        other.add(item);
      } else {
        byRegion.computeIfAbsent(id.substring(0, slash), r -> new ArrayList<>()).add(item);
      }
    }
    List<SelectItem> choices = new ArrayList<>();
    byRegion.forEach((region, items) -> choices.add(group(region, items)));
    choices.add(group(texts.text("schedulePreview.otherZones"), other));
    return choices;
  }

  private static SelectItemGroup group(String label, List<SelectItem> items) {
    SelectItemGroup group = new SelectItemGroup(label);
    group.setSelectItems(items);
    return group;
  }
}
