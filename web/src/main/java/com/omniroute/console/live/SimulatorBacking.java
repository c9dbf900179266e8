package com.omniroute.console.live;

import com.omniroute.campaign.entity.Campaign;
import com.omniroute.console.layout.Texts;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.platform.boundary.Violation;
import com.omniroute.simulation.boundary.SimulatorStatus;
import com.omniroute.simulation.boundary.TrafficSimulator;
import com.omniroute.simulation.control.SimulationSettings;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code live/simulator.xhtml}: the campaigns of the caller's groups with an arrival rate
 * each, a mean handling time per channel among them, Start and Stop, and the run's figures, which
 * the page re-reads whenever the simulator pushes that they moved.
 */
@Named
@ViewScoped
public class SimulatorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Arrivals per minute a campaign starts with on the page: a few, to watch them one by one. */
  static final double DEFAULT_RATE = 6;

  /** Mean handling times by channel that a contact centre would recognise, in seconds. */
  static final Map<String, Double> DEFAULT_HANDLING =
      Map.of(
          "VOICE", 180.0,
          "CHAT", 240.0,
          "EMAIL", 300.0,
          "SMS", 120.0,
          "WHATSAPP", 240.0,
          "MESSENGER", 240.0);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private TrafficSimulator simulator;

  @Inject private Texts texts;

  private List<CampaignRate> campaigns;
  private List<MediaHandling> handling;
  private SimulatorStatus status;

  /**
   * The view action: the current figures, and the choices: those of the run going on if there is
   * one (its campaigns ticked with their rates, its handling times), the defaults otherwise.
   */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    status = simulator.status();
    Map<Long, Double> runRates = new LinkedHashMap<>();
    Map<String, Double> runHandling = Map.of();
    if (status.isRunning()) {
      status.campaigns().forEach(c -> runRates.put(c.id(), c.arrivalsPerMinute()));
      runHandling = status.meanHandlingSeconds();
    }
    List<Campaign> visible = simulator.campaigns();
    campaigns =
        visible.stream()
            .sorted(Comparator.comparing(Campaign::getName, String.CASE_INSENSITIVE_ORDER))
            .map(
                c -> {
                  CampaignRate rate =
                      new CampaignRate(
                          c.getId(),
                          c.getName(),
                          c.getMediaType().getCode(),
                          runRates.getOrDefault(c.getId(), DEFAULT_RATE));
                  rate.setChosen(runRates.isEmpty() || runRates.containsKey(c.getId()));
                  return rate;
                })
            .toList();
    Map<String, Double> means = runHandling;
    handling =
        visible.stream()
            .map(c -> c.getMediaType().getCode())
            .distinct()
            .sorted()
            .map(
                code ->
                    new MediaHandling(
                        code, means.getOrDefault(code, DEFAULT_HANDLING.getOrDefault(code, 180.0))))
            .toList();
  }

  /** Whether a run is going on (arriving, or its agents finishing): Start waits until it ends. */
  public boolean isRunning() {
    return status != null && status.isRunning();
  }

  /** Starts a run with the chosen campaigns; a refusal names each field it is about. */
  public void start() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<Long, Double> rates = new LinkedHashMap<>();
    campaigns.stream().filter(CampaignRate::isChosen).forEach(c -> rates.put(c.id, c.perMinute));
    Map<String, Double> means = new LinkedHashMap<>();
    handling.forEach(h -> means.put(h.mediaType, h.meanSeconds));
    try {
      status = simulator.start(new SimulationSettings(rates, means));
    } catch (ServiceException e) {
      refused(faces, e);
      return;
    }
    faces.addMessage(null, texts.info("simulator.started", rates.size(), status.agents()));
  }

  /** Stops the run: no more arrivals; the agents finish what they hold and go NOT_READY. */
  public void stop() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      status = simulator.stop();
    } catch (ServiceException e) {
      refused(faces, e);
      return;
    }
    faces.addMessage(null, texts.info("simulator.stopped", status.arrivals()));
  }

  /** Re-reads the figures: the push told the page they moved. */
  public void refresh() {
    status = simulator.status();
  }

  private void refused(FacesContext faces, ServiceException e) {
    faces.validationFailed();
    if (e.violations().isEmpty()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.refusal(e), null));
      return;
    }
    faces.addMessage(null, texts.error("simulator.notStarted", e.violations().size()));
    for (Violation violation : e.violations()) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.message(), null));
    }
  }

  public List<CampaignRate> getCampaigns() {
    return campaigns;
  }

  public List<MediaHandling> getHandling() {
    return handling;
  }

  public SimulatorStatus getStatus() {
    return status;
  }

  /** When the run started, or stopped, for the status panel. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** One campaign on the page: whether to simulate it, and its arrivals per minute. */
  public static final class CampaignRate implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String mediaType;
    private boolean chosen = true;
    private Double perMinute;

    CampaignRate(long id, String name, String mediaType, Double perMinute) {
      this.id = id;
      this.name = name;
      this.mediaType = mediaType;
      this.perMinute = perMinute;
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getMediaType() {
      return mediaType;
    }

    public boolean isChosen() {
      return chosen;
    }

    public void setChosen(boolean chosen) {
      this.chosen = chosen;
    }

    public Double getPerMinute() {
      return perMinute;
    }

    public void setPerMinute(Double perMinute) {
      this.perMinute = perMinute;
    }
  }

  /** One channel's mean handling time in seconds. */
  public static final class MediaHandling implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String mediaType;
    private Double meanSeconds;

    MediaHandling(String mediaType, Double meanSeconds) {
      this.mediaType = mediaType;
      this.meanSeconds = meanSeconds;
    }

    public String getMediaType() {
      return mediaType;
    }

    public Double getMeanSeconds() {
      return meanSeconds;
    }

    public void setMeanSeconds(Double meanSeconds) {
      this.meanSeconds = meanSeconds;
    }
  }
}
