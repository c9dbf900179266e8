package com.omniroute.platform.control;

/**
 * One page of a list made of two lists one after the other (say, the closed campaigns and then the
 * open ones), as the part of each that it shows. Each part is then one query of its own with its
 * own offset and limit, so that the database still pages.
 *
 * @param firstOfHead offset into the head list
 * @param sizeOfHead rows to take from the head list (0: none)
 * @param firstOfTail offset into the tail list
 * @param sizeOfTail rows to take from the tail list (0: none)
 */
public record PageSlices(int firstOfHead, int sizeOfHead, int firstOfTail, int sizeOfTail) {

  /**
   * The slices of the page of {@code size} rows from row {@code first} of the concatenation, when
   * the head list has {@code headCount} rows.
   */
  public static PageSlices of(int first, int size, long headCount) {
    if (first < 0 || size < 0 || headCount < 0) {
      throw new IllegalArgumentException(
          "first, size and head count must not be negative: "
              + first
              + ", "
              + size
              + ", "
              + headCount);
    }
    int head = (int) Math.min(headCount, Integer.MAX_VALUE);
    int fromHead = Math.max(0, Math.min(size, head - first));
    int firstOfTail = Math.max(0, first - head);
    return new PageSlices(Math.min(first, head), fromHead, firstOfTail, size - fromHead);
  }
}
