package com.omniroute.platform.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence as a key of the console's message bundles and its arguments ({@code {0}}, {@code {1}},
 * ...), so that the console says in the user's language what a boundary said in English for the
 * API. Arguments are values (names, numbers), never English words.
 */
public record MessageKey(String key, List<Serializable> arguments) implements Serializable {

  private static final long serialVersionUID = 1L;

  public MessageKey {
    arguments = List.copyOf(arguments);
  }

  public static MessageKey of(String key, Serializable... arguments) {
    return new MessageKey(key, Arrays.asList(arguments));
  }
}
