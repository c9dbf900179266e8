package com.omniroute.platform.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The page of a list a boundary is asked for: the {@code first} row (0-based) and at most {@code
 * max} rows. The one definition of the paging rules, with the same fields and messages for every
 * list; how many rows a list allows is a validation group ({@link UpTo100}, {@link UpTo500}),
 * because a constraint's bound must be a constant. {@link Checks#page} validates it.
 */
public record Page(
    @PositiveOrZero(message = "{omniroute.page.first}") int first,
    @Min(value = 1, message = "{omniroute.page.max.min}")
        @Max(value = Page.UP_TO_100, groups = Page.UpTo100.class, message = "{omniroute.page.max}")
        @Max(value = Page.UP_TO_500, groups = Page.UpTo500.class, message = "{omniroute.page.max}")
        int max) {

  /** For lists whose rows cost a query each or more: campaigns with their outlook, members. */
  public static final int UP_TO_100 = 100;

  /** For lists of plain rows: agents, audit entries. */
  public static final int UP_TO_500 = 500;

  /** At most {@link #UP_TO_100} rows. */
  public interface UpTo100 {}

  /** At most {@link #UP_TO_500} rows. */
  public interface UpTo500 {}
}
