package com.omniroute.routing.control;

/** Why an arriving interaction was refused at the door; the names are the API's error codes. */
public enum RejectionCode {
  CAMPAIGN_DISABLED,
  CAMPAIGN_CLOSED,
  QUEUE_FULL
}
