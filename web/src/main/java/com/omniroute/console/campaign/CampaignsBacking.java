package com.omniroute.console.campaign;

import com.omniroute.campaign.boundary.CampaignService;
import com.omniroute.campaign.entity.Campaign;
import com.omniroute.console.layout.Texts;
import com.omniroute.media.boundary.MediaTypeService;
import com.omniroute.media.entity.MediaType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs {@code admin/campaigns/list.xhtml}: the campaigns of the caller's security groups, as the
 * service lists them, narrowed to one channel on request.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One line of the list, with the open/closed indicator already in the view's language. A class
   * with getters, not a record: Expression Language 5 (Jakarta EE 10) does not read record
   * components.
   */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String channel;
    private final String securityGroup;
    private final boolean enabled;
    private final boolean open;
    private final String status;
    private final int serviceLevelSeconds;
    private final int acdLimit;

    Row(Campaign campaign, boolean open, String status) {
      this.id = campaign.getId();
      this.name = campaign.getName();
      this.channel = campaign.getMediaType().getCode();
      this.securityGroup = campaign.getSecurityGroup().getName();
      this.enabled = campaign.isEnabled();
      this.open = open;
      this.status = status;
      this.serviceLevelSeconds = campaign.getServiceLevelSeconds();
      this.acdLimit = campaign.getAcdLimit();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getChannel() {
      return channel;
    }

    public String getSecurityGroup() {
      return securityGroup;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public boolean isOpen() {
      return open;
    }

    public String getStatus() {
      return status;
    }

    public int getServiceLevelSeconds() {
      return serviceLevelSeconds;
    }

    public int getAcdLimit() {
      return acdLimit;
    }
  }

  @Inject private CampaignService campaigns;

  @Inject private MediaTypeService mediaTypes;

  @Inject private Texts texts;

  private List<Row> rows;
  private List<String> channels;
  private String channel;

  @PostConstruct
  void load() {
    channels = mediaTypes.list().stream().map(MediaType::getCode).toList();
    rows = campaigns.list().stream().map(this::row).toList();
  }

  private Row row(Campaign campaign) {
    CampaignService.Outlook outlook = campaigns.outlook(campaign);
    return new Row(campaign, outlook.open(), status(campaign, outlook));
  }

  private String status(Campaign campaign, CampaignService.Outlook outlook) {
    return OutlookText.of(texts, outlook, ZoneId.of(campaign.getTimeZone()));
  }

  /** The rows of the chosen channel, or all of them. */
  public List<Row> getShown() {
    return channel == null || channel.isBlank()
        ? rows
        : rows.stream().filter(r -> r.getChannel().equals(channel)).toList();
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
