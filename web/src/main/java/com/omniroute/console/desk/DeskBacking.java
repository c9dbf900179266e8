package com.omniroute.console.desk;

import com.omniroute.console.layout.Refusals;
import com.omniroute.console.layout.Texts;
import com.omniroute.interaction.boundary.InteractionService;
import com.omniroute.interaction.boundary.InteractionService.InteractionDetails;
import com.omniroute.interaction.entity.Interaction;
import com.omniroute.interaction.entity.InteractionState;
import com.omniroute.platform.boundary.ServiceException;
import com.omniroute.routing.control.AgentWork;
import com.omniroute.routing.control.InteractionView;
import com.omniroute.routing.control.LiveAgentState;
import com.omniroute.security.boundary.Callers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backs {@code agent/desk.xhtml}: the signed-in agent's own work, through the same {@link
 * InteractionService} calls (and checks) as the REST API. The view re-reads the work after each
 * action and whenever {@link DeskPush} says it changed.
 */
@Named
@ViewScoped
public class DeskBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "deskForm";

  /** The request parameter by which a button names its interaction. */
  public static final String INTERACTION_PARAM = "interaction";

  @Inject private InteractionService interactions;

  @Inject private Callers callers;

  @Inject private Texts texts;

  private Long agentId;

  /* The live work as last read; not kept when the view is serialised, read again instead. */
  private transient AgentWork work;
  private transient List<DeskRow> offers = List.of();
  private transient List<DeskRow> inHand = List.of();
  private transient long renderedAt;

  @PostConstruct
  void load() {
    agentId = callers.current().agentId();
    if (agentId == null) {
      FacesContext.getCurrentInstance().addMessage(null, texts.warn("desk.noAgent"));
      return;
    }
    refresh();
  }

  /** Re-reads the agent's work: on a push, and after every action. */
  public void refresh() {
    if (agentId == null) {
      return;
    }
    work = interactions.work(agentId);
    renderedAt = System.currentTimeMillis();
    List<DeskRow> rows = new ArrayList<>();
    for (InteractionView view : work.interactions()) {
      rows.add(row(view));
    }
    List<DeskRow> held = rows.stream().filter(DeskRow::isOnHold).toList();
    offers =
        rows.stream()
            .filter(r -> r.isOffered() || r.isOverride())
            .map(r -> r.isOverride() ? r.withPutOnHold(held) : r)
            .toList();
    inHand = rows.stream().filter(r -> !r.isOffered()).toList();
  }

  /*
   * Campaign and customer are stored, not routed: read through the service, as the agent holding
   * it may. One that ended in between is shown without them; the next push removes it.
   */
  private DeskRow row(InteractionView view) {
    try {
      Interaction stored = interactions.get(view.id()).interaction();
      return new DeskRow(view, stored.getCampaign().getName(), stored.getCustomer(), List.of());
    } catch (ServiceException gone) {
      return new DeskRow(view, "", "", List.of());
    }
  }

  public void ready() {
    changeState(LiveAgentState.READY, "desk.nowReady");
  }

  public void notReady() {
    changeState(LiveAgentState.NOT_READY, "desk.nowNotReady");
  }

  private void changeState(LiveAgentState state, String done) {
    act(
        () -> {
          interactions.changeAgentState(agentId, state.name());
          return texts.info(done);
        });
  }

  public void accept() {
    act(
        row -> {
          interactions.accept(row.getId());
          return texts.info("desk.accepted", texts.channel(row.getMediaType()), row.customer());
        });
  }

  public void reject() {
    act(
        row -> {
          InteractionDetails after = interactions.reject(row.getId());
          boolean backToMe =
              after.interaction().getAgent() != null
                  && after.interaction().getAgent().getId().equals(agentId);
          return backToMe
              ? texts.warn(
                  "desk.rejectedOfferedAgain", texts.channel(row.getMediaType()), row.customer())
              : texts.info("desk.rejected", texts.channel(row.getMediaType()), row.customer());
        });
  }

  public void finish() {
    act(
        row -> {
          InteractionDetails after = interactions.finish(row.getId());
          return after.interaction().getState() == InteractionState.WRAP_UP
              ? texts.info("desk.finishedWrapUp", texts.channel(row.getMediaType()), row.customer())
              : texts.info("desk.finished", texts.channel(row.getMediaType()), row.customer());
        });
  }

  /*
   * The button names its interaction by a request parameter rendered with it, not by its row: a
   * push may have changed the rows between the render and the click.
   */
  private void act(RowAction action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String param = faces.getExternalContext().getRequestParameterMap().get(INTERACTION_PARAM);
    Optional<DeskRow> row =
        getWork().interactions().isEmpty() || param == null
            ? Optional.empty()
            : Stream.concat(offers.stream(), inHand.stream())
                .filter(r -> String.valueOf(r.getId()).equals(param))
                .findFirst();
    if (row.isEmpty()) {
      faces.addMessage(null, texts.warn("desk.gone"));
      refresh();
      return;
    }
    act(() -> action.run(row.get()));
  }

  @FunctionalInterface
  private interface RowAction {
    FacesMessage run(DeskRow row);
  }

  /** One user action: its feedback, or the service's refusal in its own words; then re-read. */
  private void act(Action action) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.addMessage(null, action.run());
    } catch (ServiceException refused) {
      Refusals.show(faces, FORM, refused, Map.of(), texts.error("desk.refused"));
    }
    refresh();
  }

  @FunctionalInterface
  private interface Action {
    FacesMessage run();
  }

  /** The websocket's user: pushes for this agent reach this page. */
  public Long getAgentId() {
    return agentId;
  }

  public boolean isLinked() {
    return agentId != null;
  }

  public AgentWork getWork() {
    if (work == null) {
      refresh();
    }
    return work;
  }

  /* The work's figures for the page: Expression Language 5 does not read record components. */

  /** The agent's state: READY, NOT_READY or LOGGED_OUT. */
  public String getState() {
    return getWork() == null ? "" : work.state().name();
  }

  public int getUsed() {
    return getWork() == null ? 0 : work.used();
  }

  public int getSpare() {
    return getWork() == null ? 0 : work.spare();
  }

  public boolean isNotReady() {
    return getWork() != null && work.state() == LiveAgentState.NOT_READY;
  }

  /** Whole seconds from the render to an instant (epoch milliseconds), never below zero. */
  public long secondsUntil(Long at) {
    return at == null ? 0 : Math.max(0, (at - renderedAt + 999) / 1000);
  }

  /** Minutes and seconds from an instant (epoch milliseconds) to the render, as "m:ss". */
  public String elapsedSince(Long at) {
    long seconds = at == null ? 0 : Math.max(0, (renderedAt - at) / 1000);
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }

  public boolean isReady() {
    return getWork() != null && work.state() == LiveAgentState.READY;
  }

  /** The used capacity for the progress bar, which cannot show more than full. */
  public int getUsedPercent() {
    return getWork() == null ? 0 : Math.max(0, Math.min(100, work.used()));
  }

  public List<DeskRow> getOffers() {
    getWork();
    return offers;
  }

  public List<DeskRow> getInHand() {
    getWork();
    return inHand;
  }

  /** The server's clock when the work was read, so the page's clocks need not trust the PC's. */
  public long getRenderedAt() {
    return renderedAt;
  }
}
