package com.omniroute.console.desk;

import com.omniroute.routing.control.InteractionView;
import com.omniroute.routing.control.LiveInteractionState;
import java.time.Instant;
import java.util.List;

/**
 * One interaction on the desktop: the engine's live view of it, with the campaign's name and the
 * customer as stored.
 *
 * @param putOnHold for a running override, the agent's interactions on hold while it runs
 */
public record DeskRow(
    InteractionView view, String campaign, String customer, List<DeskRow> putOnHold) {

  public DeskRow {
    putOnHold = List.copyOf(putOnHold);
  }

  DeskRow withPutOnHold(List<DeskRow> held) {
    return new DeskRow(view, campaign, customer, held);
  }

  /* Getters for the page: Expression Language 5 does not read record components. */

  public String getCampaign() {
    return campaign;
  }

  public String getCustomer() {
    return customer;
  }

  public List<DeskRow> getPutOnHold() {
    return putOnHold;
  }

  public long getId() {
    return view.id();
  }

  public String getMediaType() {
    return view.mediaType();
  }

  public String getState() {
    return view.state().name();
  }

  public boolean isOffered() {
    return view.state() == LiveInteractionState.OFFERED;
  }

  public boolean isActive() {
    return view.state() == LiveInteractionState.ACTIVE;
  }

  public boolean isWrappingUp() {
    return view.state() == LiveInteractionState.WRAP_UP;
  }

  public boolean isOnHold() {
    return view.onHold();
  }

  /** An override that is running: it came forced, and nothing has put it on hold in turn. */
  public boolean isOverride() {
    return view.forced() && isActive() && !view.onHold();
  }

  /** Epoch milliseconds of the offer timeout, or {@code null} when the offer never times out. */
  public Long getOfferDeadline() {
    return millis(view.offerDeadline());
  }

  public Long getWrapUpEnds() {
    return millis(view.wrapUpEnds());
  }

  /** Since when the agent has it: when it was offered (an override is answered at once). */
  public Long getInHandSince() {
    return millis(view.offeredAt());
  }

  private static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }
}
