package com.omniroute.api;

import com.omniroute.platform.boundary.ServiceException;

/** Checks shared by the resources. */
public final class Bodies {

  private Bodies() {}

  /** The request body; an empty body is refused as {@code VALIDATION} rather than failing later. */
  public static <T> T required(T body) {
    if (body == null) {
      throw ServiceException.invalid("body", "A JSON body is required");
    }
    return body;
  }
}
