package com.omniroute.platform.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The refused fields a boundary collects before refusing, each also as a key of the console's
 * bundles ({@link MessageKey}) when it has one, which a {@link ServiceException} built from this
 * list keeps for the console.
 */
public final class Violations extends ArrayList<Violation> {

  private static final long serialVersionUID = 1L;

  private final HashMap<Violation, MessageKey> keys = new HashMap<>();

  /** A refused field with its English message and the same as a key and arguments. */
  public void add(String field, String english, String key, Serializable... arguments) {
    Violation violation = new Violation(field, english);
    add(violation);
    keys.put(violation, MessageKey.of(key, arguments));
  }

  Map<Violation, MessageKey> keys() {
    return keys;
  }
}
