package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignFilter;
import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.campaign.control.CampaignSort;
import com.omniroute.console.layout.Texts;
import com.omniroute.console.list.PagedRows;
import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.entity.MediaType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs {@code admin/campaigns/list.xhtml}: the campaigns of the caller's security groups, a page
 * at a time, filtered and sorted by the service's query, narrowed to one channel on request.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's sortable columns (their {@code field}) and what the service sorts by. */
  private static final Map<String, CampaignSort> SORT_OF =
      Map.of(
          "name", CampaignSort.NAME,
          "channel", CampaignSort.CHANNEL,
          "securityGroup", CampaignSort.SECURITY_GROUP,
          "enabled", CampaignSort.ENABLED,
          "open", CampaignSort.OPEN,
          "serviceLevelSeconds", CampaignSort.SERVICE_LEVEL,
          "acdLimit", CampaignSort.ACD_LIMIT);

  /** The filter values of the "Now" column (field {@code open}). */
  static final String OPEN = "open";

  static final String CLOSED = "closed";

  @Inject private CampaignService campaigns;

  @Inject private MediaTypeService mediaTypes;

  @Inject private Texts texts;

  private List<String> channels;
  private String channel;

  private final PagedRows<CampaignRow> rows =
      PagedRows.of(CampaignRow::getId, filterBy -> campaigns.count(filter(filterBy)), this::page);

  @PostConstruct
  void load() {
    channels = mediaTypes.list().stream().map(MediaType::getCode).toList();
  }

  private List<CampaignRow> page(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return campaigns
        .page(
            filter(filterBy),
            sort == null
                ? CampaignSort.NAME
                : SORT_OF.getOrDefault(sort.getField(), CampaignSort.NAME),
            sort != null && sort.getOrder() == SortOrder.DESCENDING,
            first,
            size)
        .stream()
        .map(c -> CampaignRow.of(c, texts, locale))
        .toList();
  }

  private CampaignFilter filter(Map<String, FilterMeta> filterBy) {
    String status = PagedRows.filterText(filterBy, "open");
    return new CampaignFilter(
        PagedRows.filterText(filterBy, "name"),
        channel == null || channel.isBlank() ? null : channel,
        PagedRows.filterText(filterBy, "securityGroup"),
        OPEN.equals(status) ? Boolean.TRUE : CLOSED.equals(status) ? Boolean.FALSE : null);
  }

  /** The rows of the chosen channel, or of all, a page at a time. */
  public PagedRows<CampaignRow> getRows() {
    return rows;
  }

  public List<String> getChannels() {
    return channels;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }
}
