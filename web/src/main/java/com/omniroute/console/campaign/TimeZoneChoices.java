package com.omniroute.console.campaign;

import com.omniroute.console.layout.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time-zone picker's choices: the IANA zones of the world's regions that the JVM knows, without
 * the aliases that only point to another zone ({@code Asia/Calcutta} for {@code Asia/Kolkata}) and
 * without the region-less legacy ids ({@code SystemV/...}, {@code Etc/...}, {@code US/...}), plus
 * {@code UTC}. Sorted, grouped by region ({@code Europe/Madrid} under Europe; {@code UTC} under
 * "Other", last), each labelled with its offset from UTC now.
 *
 * <p>Built once per language and kept until the first offset in it changes (a daylight saving
 * transition somewhere), so that opening the campaign form does not rebuild some 400 labels. A
 * campaign saved with a zone the list leaves out (an alias) gets it added back in its region, so
 * that it is shown and can be kept.
 */
@Named
@ApplicationScoped
public class TimeZoneChoices {

  /** The regions of the IANA database whose zones are offered, as the part before the "/". */
  static final Set<String> REGIONS =
      Set.of(
          "Africa",
          "America",
          "Antarctica",
          "Arctic",
          "Asia",
          "Atlantic",
          "Australia",
          "Europe",
          "Indian",
          "Pacific");

  static final String UTC = "UTC";

  /** The zone ids offered, sorted: computed once, the JVM's zones do not change while it runs. */
  static final SortedSet<String> OFFERED = offered(ZoneId.getAvailableZoneIds(), aliases());

  @Inject private Texts texts;

  private final Map<Locale, Built> built = new ConcurrentHashMap<>();

  /** The choices in the view's language. */
  public List<SelectItem> getGroups() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Instant now = Instant.now();
    Built current = built.get(locale);
    if (current == null || !now.isBefore(current.validUntil())) {
      current = build(now);
      built.put(locale, current);
    }
    return current.groups();
  }

  /** The choices, with the given zone added to its region if it is a valid zone left out. */
  public List<SelectItem> groupsWith(String zone) {
    List<SelectItem> groups = getGroups();
    if (zone == null || OFFERED.contains(zone) || !ZoneId.getAvailableZoneIds().contains(zone)) {
      return groups;
    }
    String region = region(zone);
    String label = region == null ? texts.text("schedulePreview.otherZones") : region;
    SelectItem extra = item(zone, Instant.now());
    List<SelectItem> with = new ArrayList<>();
    boolean added = false;
    for (SelectItem choice : groups) {
      if (!added && choice.getLabel().equals(label) && choice instanceof SelectItemGroup group) {
        List<SelectItem> items = new ArrayList<>(List.of(group.getSelectItems()));
        int at = 0;
        while (at < items.size() && ((String) items.get(at).getValue()).compareTo(zone) < 0) {
          at++;
        }
        items.add(at, extra);
        with.add(group(label, items));
        added = true;
      } else {
        with.add(choice);
      }
    }
    if (!added) {
      with.add(0, extra);
    }
    return with;
  }

  /** "+01:00", or "" for UTC itself, as in "UTC+01:00" and "UTC". */
  static String offset(ZoneId zone, Instant at) {
    ZoneOffset offset = zone.getRules().getOffset(at);
    return offset.getTotalSeconds() == 0 ? "" : offset.getId();
  }

  /**
   * The ids to offer among the given ones: those of a {@link #REGIONS region} that are not an alias
   * of a zone that is there too, and UTC.
   */
  static SortedSet<String> offered(Set<String> available, Map<String, String> aliases) {
    SortedSet<String> offered = new TreeSet<>();
    for (String id : available) {
      String region = region(id);
      boolean alias = aliases.containsKey(id) && available.contains(aliases.get(id));
      if (region != null && REGIONS.contains(region) && !alias) {
        offered.add(id);
      }
    }
    if (available.contains(UTC)) {
      offered.add(UTC);
    }
    return offered;
  }

  /** The aliases and the zones they point to, from {@code time-zone-aliases.properties}. */
  static Map<String, String> aliases() {
    Properties aliases = new Properties();
    try (InputStream in =
        TimeZoneChoices.class.getResourceAsStream("time-zone-aliases.properties")) {
      aliases.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new TreeMap<>();
    aliases.forEach((alias, zone) -> map.put((String) alias, (String) zone));
    return map;
  }

  private static String region(String id) {
    int slash = id.indexOf('/');
    return slash < 0 ? null : id.substring(0, slash);
  }

  private Built build(Instant now) {
    Map<String, List<SelectItem>> byRegion = new TreeMap<>();
    List<SelectItem> other = new ArrayList<>();
    Instant validUntil = Instant.MAX;
    for (String id : OFFERED) {
      SelectItem item = item(id, now);
      String region = region(id);
      if (region == null) {
        other.add(item);
      } else {
        byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(item);
      }
      ZoneOffsetTransition next = ZoneId.of(id).getRules().nextTransition(now);
      if (next != null && next.getInstant().isBefore(validUntil)) {
        validUntil = next.getInstant();
      }
    }
    List<SelectItem> choices = new ArrayList<>();
    byRegion.forEach((region, items) -> choices.add(group(region, items)));
    choices.add(group(texts.text("schedulePreview.otherZones"), other));
    return new Built(List.copyOf(choices), validUntil);
  }

  private SelectItem item(String id, Instant now) {
    return new SelectItem(id, texts.text("schedulePreview.zone", id, offset(ZoneId.of(id), now)));
  }

  private static SelectItemGroup group(String label, List<SelectItem> items) {
    SelectItemGroup group = new SelectItemGroup(label);
    group.setSelectItems(items);
    return group;
  }

  /** The choices in one language, and until when their offsets hold. */
  private record Built(List<SelectItem> groups, Instant validUntil) {}
}
