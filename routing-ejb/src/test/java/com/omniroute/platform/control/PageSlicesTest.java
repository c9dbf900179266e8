package com.omniroute.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageSlicesTest {

  @Test
  void aPageInsideTheHeadTakesNothingFromTheTail() {
    assertThat(PageSlices.of(10, 10, 25)).isEqualTo(new PageSlices(10, 10, 0, 0));
  }

  @Test
  void aPageAcrossTheBoundaryTakesTheRestOfTheHeadAndTheStartOfTheTail() {
    assertThat(PageSlices.of(20, 10, 25)).isEqualTo(new PageSlices(20, 5, 0, 5));
  }

  @Test
  void aPageAfterTheHeadStartsInsideTheTail() {
    assertThat(PageSlices.of(30, 10, 25)).isEqualTo(new PageSlices(25, 0, 5, 10));
    assertThat(PageSlices.of(0, 10, 0)).isEqualTo(new PageSlices(0, 0, 0, 10));
  }

  @Test
  void everyRowOfTheConcatenationIsOnExactlyOnePage() {
    for (int head = 0; head <= 7; head++) {
      for (int size = 1; size <= 4; size++) {
        int nextOfHead = 0;
        int nextOfTail = 0;
        for (int first = 0; first < 12; first += size) {
          PageSlices slices = PageSlices.of(first, size, head);
          if (slices.sizeOfHead() > 0) {
            assertThat(slices.firstOfHead()).isEqualTo(nextOfHead);
          }
          if (slices.sizeOfTail() > 0) {
            assertThat(slices.firstOfTail()).isEqualTo(nextOfTail);
          }
          nextOfHead += slices.sizeOfHead();
          nextOfTail += slices.sizeOfTail();
          assertThat(slices.sizeOfHead() + slices.sizeOfTail()).isEqualTo(size);
        }
        assertThat(nextOfHead).isEqualTo(head);
      }
    }
  }

  @Test
  void negativeArgumentsAreRefused() {
    assertThatThrownBy(() -> PageSlices.of(-1, 10, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
