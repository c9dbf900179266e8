package com.omniroute.campaign.boundary;

import com.omniroute.campaign.control.CampaignSort;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.platform.control.LikePattern;
import com.omniroute.platform.control.PageSlices;
import com.omniroute.schedule.control.Schedule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The campaign list of {@link CampaignService}, as the database counts, sorts and pages it: queries
 * put together from {@code Campaign.LISTING_*} parts, their parameters bound, their rows read into
 * {@link CampaignListing}s. For one caller's security groups and one reading of which campaigns are
 * open; runs in the transaction of the service that made it.
 */
final class CampaignListQuery {

  private final EntityManager em;
  private final List<Long> groups;
  private final Set<Long> open;

  /**
   * @param groups the caller's security group ids, at least one
   * @param open the campaigns open now, as the routing engine sees them
   */
  CampaignListQuery(EntityManager em, List<Long> groups, Set<Long> open) {
    this.em = em;
    this.groups = groups;
    this.open = open;
  }

  /** How many campaigns the filter lets through. */
  long count(CampaignFilter filter) {
    return count(where(filter), filter);
  }

  /**
   * One page of the campaigns the filter lets through, sorted (name and id break ties). Sorted by
   * {@link CampaignSort#OPEN}, the closed campaigns come before the open ones ({@code descending}:
   * after), each part by name.
   */
  List<CampaignListing> page(
      CampaignFilter filter, CampaignSort sort, boolean descending, int first, int size) {
    String where = where(filter);
    if (sort != CampaignSort.OPEN || filter.open() != null) {
      CampaignSort order = sort == CampaignSort.OPEN ? CampaignSort.NAME : sort;
      return rows(where + order.orderBy(descending), filter, first, size);
    }
    String head = where + (descending ? Campaign.LISTING_OPEN : Campaign.LISTING_CLOSED);
    String tail = where + (descending ? Campaign.LISTING_CLOSED : Campaign.LISTING_OPEN);
    PageSlices slices = PageSlices.of(first, size, count(head, filter));
    String byName = CampaignSort.OPEN.orderBy(false);
    List<CampaignListing> rows = new ArrayList<>();
    if (slices.sizeOfHead() > 0) {
      rows.addAll(rows(head + byName, filter, slices.firstOfHead(), slices.sizeOfHead()));
    }
    if (slices.sizeOfTail() > 0) {
      rows.addAll(rows(tail + byName, filter, slices.firstOfTail(), slices.sizeOfTail()));
    }
    return rows;
  }

  /**
   * The campaigns with the given ids, by name. Not a named query: built from the same {@code
   * LISTING_*} parts as the filtered list, so that its rows read the same.
   */
  List<CampaignListing> withIds(Collection<Long> ids) {
    return bind(
            em.createQuery(
                Campaign.LISTING_ROWS
                    + Campaign.LISTING_FROM
                    + Campaign.LISTING_WITH_IDS
                    + CampaignSort.NAME.orderBy(false),
                Object[].class),
            CampaignFilter.NONE)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(this::listing)
        .toList();
  }

  private static String where(CampaignFilter filter) {
    StringBuilder where = new StringBuilder(Campaign.LISTING_FROM);
    if (filter.mediaType() != null && !filter.mediaType().isBlank()) {
      where.append(Campaign.LISTING_OF_MEDIA_TYPE);
    }
    if (filter.open() != null) {
      where.append(filter.open() ? Campaign.LISTING_OPEN : Campaign.LISTING_CLOSED);
    }
    return where.toString();
  }

  private long count(String where, CampaignFilter filter) {
    return bind(em.createQuery(Campaign.LISTING_COUNT + where, Long.class), filter)
        .getSingleResult();
  }

  private List<CampaignListing> rows(
      String whereAndOrder, CampaignFilter filter, int first, int size) {
    return bind(em.createQuery(Campaign.LISTING_ROWS + whereAndOrder, Object[].class), filter)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(this::listing)
        .toList();
  }

  /** Binds the parameters the query names: the filter's parts it uses, and the open campaigns. */
  private <T> TypedQuery<T> bind(TypedQuery<T> query, CampaignFilter filter) {
    query
        .setParameter("groups", groups)
        .setParameter("name", LikePattern.containing(filter.name()))
        .setParameter("group", LikePattern.containing(filter.securityGroup()));
    Set<String> names =
        query.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
    if (names.contains("mediaType")) {
      query.setParameter("mediaType", filter.mediaType().strip());
    }
    if (names.contains("open")) {
      // IN () is not SQL; no campaign has a negative id, so this list matches none.
      query.setParameter("open", open.isEmpty() ? List.of(-1L) : open);
    }
    return query;
  }

  private CampaignListing listing(Object[] row) {
    long id = (Long) row[0];
    boolean isOpen = open.contains(id);
    boolean enabled = (Boolean) row[4];
    String timeZone = (String) row[8];
    // A disabled campaign opens when someone enables it, not when its schedule says.
    Instant nextOpening =
        isOpen || !enabled
            ? null
            : Schedule.parse((String) row[7])
                .nextOpening(Instant.now(), ZoneId.of(timeZone))
                .orElse(null);
    return new CampaignListing(
        id,
        (String) row[1],
        (String) row[2],
        (String) row[3],
        enabled,
        (Integer) row[5],
        (Integer) row[6],
        isOpen,
        nextOpening,
        timeZone);
  }
}
