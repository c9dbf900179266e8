package com.omniroute.platform.control;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list the database pages: its rows, and how many rows the whole list has (for the
 * paginator).
 */
public record Page<T extends Serializable>(List<T> rows, long total) implements Serializable {

  public Page {
    rows = List.copyOf(rows);
  }

  public static <T extends Serializable> Page<T> empty() {
    return new Page<>(List.of(), 0);
  }
}
