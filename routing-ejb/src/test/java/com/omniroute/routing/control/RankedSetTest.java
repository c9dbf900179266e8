package com.omniroute.routing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The order-statistic set behind each campaign's queue, against {@link TreeSet} as the reference:
 * every operation must answer what the TreeSet answers, and {@code rank} what {@code
 * headSet(e).size()} counts.
 */
class RankedSetTest {

  /* Orders by the first field only, so that two distinct records can be "equal" to the set. */
  record Item(int key, String tag) {}

  static final Comparator<Item> BY_KEY = Comparator.comparingInt(Item::key);

  @Test
  void anEmptySetHasNothing() {
    RankedSet<Integer> set = new RankedSet<>(Comparator.naturalOrder());

    assertThat(set.isEmpty()).isTrue();
    assertThat(set.size()).isZero();
    assertThat(set.contains(1)).isFalse();
    assertThat(set.higher(1)).isNull();
    assertThat(set.rank(1)).isZero();
    assertThat(set.remove(1)).isFalse();
    assertThat(set.iterator().hasNext()).isFalse();
    assertThatThrownBy(set::first).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> set.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ranksCountTheElementsBefore() {
    RankedSet<Integer> set = new RankedSet<>(Comparator.naturalOrder());
    for (int i : new int[] {50, 10, 40, 20, 30}) {
      set.add(i);
    }

    assertThat(set).containsExactly(10, 20, 30, 40, 50);
    assertThat(set.first()).isEqualTo(10);
    assertThat(set.rank(10)).isZero();
    assertThat(set.rank(30)).isEqualTo(2);
    assertThat(set.rank(50)).isEqualTo(4);
    assertThat(set.rank(35)).as("an absent element between two").isEqualTo(3);
    assertThat(set.rank(99)).as("after the last").isEqualTo(5);
    assertThat(set.get(3)).isEqualTo(40);
    assertThat(set.higher(30)).isEqualTo(40);
    assertThat(set.higher(35)).isEqualTo(40);
    assertThat(set.higher(50)).isNull();

    set.remove(20);
    assertThat(set.rank(30)).isEqualTo(1);
    assertThat(set).containsExactly(10, 30, 40, 50);
  }

  @Test
  void anElementTheOrderCallsEqualIsTheSameElement() {
    RankedSet<Item> set = new RankedSet<>(BY_KEY);

    assertThat(set.add(new Item(1, "first"))).isTrue();
    assertThat(set.add(new Item(1, "second"))).isFalse();
    assertThat(set.size()).isEqualTo(1);
    assertThat(set.first().tag()).isEqualTo("first");
    assertThat(set.contains(new Item(1, "other"))).isTrue();
    assertThat(set.remove(new Item(1, "other"))).isTrue();
    assertThat(set.isEmpty()).isTrue();
  }

  @Test
  void iteratorsAreFailFastAndReadOnly() {
    RankedSet<Integer> set = new RankedSet<>(Comparator.naturalOrder());
    set.add(1);
    set.add(2);
    Iterator<Integer> it = set.iterator();
    it.next();
    set.add(3);

    assertThatThrownBy(it::next).isInstanceOf(ConcurrentModificationException.class);
    assertThatThrownBy(set.iterator()::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFailedAddOrRemoveDoesNotInvalidateIterators() {
    RankedSet<Integer> set = new RankedSet<>(Comparator.naturalOrder());
    set.add(1);
    set.add(2);
    Iterator<Integer> it = set.iterator();
    set.add(1);
    set.remove(7);

    assertThat(it.next()).isEqualTo(1);
    assertThat(it.next()).isEqualTo(2);
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void clearEmptiesTheSet() {
    RankedSet<Integer> set = new RankedSet<>(Comparator.naturalOrder());
    for (int i = 0; i < 100; i++) {
      set.add(i);
    }
    set.clear();

    assertThat(set.isEmpty()).isTrue();
    assertThat(set.add(5)).isTrue();
    assertThat(set).containsExactly(5);
  }

  @Test
  void staysBalancedOnSortedInput() {
    // The worst case of an unbalanced tree: keys in order. A treap's depth stays logarithmic,
    // so the recursive operations below would overflow the stack if it did not.
    RankedSet<Integer> set = new RankedSet<>(Comparator.naturalOrder());
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      set.add(i);
    }

    assertThat(set.size()).isEqualTo(n);
    assertThat(set.rank(n - 1)).isEqualTo(n - 1);
    assertThat(set.get(123_456)).isEqualTo(123_456);
    for (int i = 0; i < n; i += 2) {
      set.remove(i);
    }
    assertThat(set.size()).isEqualTo(n / 2);
    assertThat(set.first()).isEqualTo(1);
    assertThat(set.rank(n - 1)).isEqualTo(n / 2 - 1);
  }

  @Test
  void agreesWithTreeSetOverLongRandomRuns() {
    for (long seed = 1; seed <= 20; seed++) {
      compareWithTreeSet(new Random(seed), 5_000, 1 + (int) seed * 50);
    }
  }

  record Op(int kind, int key) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 6), Arbitraries.integers().between(-20, 60))
        .as(Op::new)
        .list()
        .ofMaxSize(300);
  }

  /** Short random runs over a small key range, so that collisions and removals are frequent. */
  @Property(tries = 500)
  void agreesWithTreeSetOnEveryOperation(@ForAll("ops") List<Op> ops) {
    RankedSet<Integer> ranked = new RankedSet<>(Comparator.naturalOrder());
    TreeSet<Integer> reference = new TreeSet<>();
    for (Op op : ops) {
      apply(ranked, reference, op.kind(), op.key());
    }
    assertSame(ranked, reference);
  }

  private static void compareWithTreeSet(Random random, int steps, int keyRange) {
    RankedSet<Integer> ranked = new RankedSet<>(Comparator.naturalOrder());
    TreeSet<Integer> reference = new TreeSet<>();
    for (int step = 0; step < steps; step++) {
      apply(ranked, reference, random.nextInt(7), random.nextInt(keyRange));
      if (step % 500 == 0) {
        assertSame(ranked, reference);
      }
    }
    assertSame(ranked, reference);
  }

  /* Adds weigh more than removes, so that sets grow before they shrink. */
  private static void apply(
      RankedSet<Integer> ranked, TreeSet<Integer> reference, int kind, int key) {
    switch (kind) {
      case 0, 1, 2 -> assertThat(ranked.add(key)).isEqualTo(reference.add(key));
      case 3, 4 -> assertThat(ranked.remove(key)).isEqualTo(reference.remove(key));
      case 5 -> assertThat(ranked.contains(key)).isEqualTo(reference.contains(key));
      default -> {
        assertThat(ranked.rank(key)).isEqualTo(reference.headSet(key, false).size());
        assertThat(ranked.higher(key)).isEqualTo(reference.higher(key));
      }
    }
    assertThat(ranked.size()).isEqualTo(reference.size());
    assertThat(ranked.isEmpty()).isEqualTo(reference.isEmpty());
    if (!reference.isEmpty()) {
      assertThat(ranked.first()).isEqualTo(reference.first());
    }
  }

  private static void assertSame(RankedSet<Integer> ranked, TreeSet<Integer> reference) {
    assertThat(ranked.structureProblem()).isEmpty();
    List<Integer> inOrder = new ArrayList<>();
    ranked.forEach(inOrder::add);
    assertThat(inOrder).containsExactlyElementsOf(reference);
    int index = 0;
    for (Integer e : reference) {
      assertThat(ranked.rank(e)).isEqualTo(index);
      assertThat(ranked.get(index)).isEqualTo(e);
      assertThat(ranked.higher(e)).isEqualTo(reference.higher(e));
      index++;
    }
  }
}
