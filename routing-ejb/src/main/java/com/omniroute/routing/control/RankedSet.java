package com.omniroute.routing.control;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A sorted set that also knows each element's rank: how many elements come before it. A campaign's
 * queue is one, so that "how many wait ahead of this interaction" costs O(log n) rather than a walk
 * over the queue ({@code TreeSet.headSet(e).size()} counts one by one).
 *
 * <p>A treap (a binary search tree whose nodes also carry a random heap priority, which keeps it
 * balanced in expectation) with subtree sizes: {@link #add}, {@link #remove}, {@link #contains},
 * {@link #higher}, {@link #rank} and {@link #get} take O(log n) expected time, {@link #first} O(1),
 * iteration O(1) amortised per element. The priorities come from a seeded generator, so the shape
 * of the tree, and therefore the cost of a run, is the same every time.
 *
 * <p>Elements are compared with the given order only, like a {@code TreeSet} with a comparator: two
 * elements the order calls equal are the same element. An element's ordering fields must not change
 * while it is in the set. Not thread-safe; iterators are fail-fast and read-only.
 */
final class RankedSet<E> implements Iterable<E> {

  private static final class Node<E> {
    final E value;
    final int priority;
    Node<E> left;
    Node<E> right;
    int size = 1;

    Node(E value, int priority) {
      this.value = value;
      this.priority = priority;
    }
  }

  private final Comparator<? super E> order;
  private Node<E> root;

  /* The lowest element, kept so that first() costs nothing: routing asks for it on every re-file. */
  private E lowest;
  private int seed = 0x2545F491;
  private int modifications;

  /* Set by insert and delete, which are recursive and return the new subtree. */
  private boolean changed;

  RankedSet(Comparator<? super E> order) {
    this.order = Objects.requireNonNull(order, "order");
  }

  int size() {
    return size(root);
  }

  boolean isEmpty() {
    return root == null;
  }

  void clear() {
    root = null;
    lowest = null;
    modifications++;
  }

  /** Adds the element; false when an equal one is already there (the set is then unchanged). */
  boolean add(E element) {
    Objects.requireNonNull(element, "element");
    changed = false;
    root = insert(root, element);
    if (changed) {
      modifications++;
      if (lowest == null || order.compare(element, lowest) < 0) {
        lowest = element;
      }
    }
    return changed;
  }

  /** Removes the element equal to this one; false when there is none. */
  boolean remove(E element) {
    Objects.requireNonNull(element, "element");
    changed = false;
    root = delete(root, element);
    if (changed) {
      modifications++;
      if (order.compare(element, lowest) == 0) {
        lowest = root == null ? null : leftmost(root).value;
      }
    }
    return changed;
  }

  boolean contains(E element) {
    Node<E> node = root;
    while (node != null) {
      int c = order.compare(element, node.value);
      if (c == 0) {
        return true;
      }
      node = c < 0 ? node.left : node.right;
    }
    return false;
  }

  /** The lowest element; throws {@link NoSuchElementException} when empty, as a TreeSet does. */
  E first() {
    if (lowest == null) {
      throw new NoSuchElementException();
    }
    return lowest;
  }

  /** The lowest element strictly after the given one (which need not be in the set), or null. */
  E higher(E element) {
    Node<E> node = root;
    E best = null;
    while (node != null) {
      if (order.compare(element, node.value) < 0) {
        best = node.value;
        node = node.left;
      } else {
        node = node.right;
      }
    }
    return best;
  }

  /**
   * How many elements come strictly before the given one in the order. The element need not be in
   * the set; for one that is, this is its 0-based index.
   */
  int rank(E element) {
    Node<E> node = root;
    int before = 0;
    while (node != null) {
      int c = order.compare(element, node.value);
      if (c <= 0) {
        node = node.left;
      } else {
        before += size(node.left) + 1;
        node = node.right;
      }
    }
    return before;
  }

  /** The element at this 0-based index in the order. */
  E get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size());
    }
    Node<E> node = root;
    int i = index;
    while (true) {
      int left = size(node.left);
      if (i < left) {
        node = node.left;
      } else if (i == left) {
        return node.value;
      } else {
        i -= left + 1;
        node = node.right;
      }
    }
  }

  /** The elements in order. */
  @Override
  public Iterator<E> iterator() {
    return new InOrder();
  }

  private final class InOrder implements Iterator<E> {
    private final ArrayDeque<Node<E>> path = new ArrayDeque<>();
    private final int expected = modifications;

    InOrder() {
      descendLeft(root);
    }

    private void descendLeft(Node<E> from) {
      for (Node<E> node = from; node != null; node = node.left) {
        path.push(node);
      }
    }

    @Override
    public boolean hasNext() {
      return !path.isEmpty();
    }

    @Override
    public E next() {
      if (modifications != expected) {
        throw new ConcurrentModificationException();
      }
      if (path.isEmpty()) {
        throw new NoSuchElementException();
      }
      Node<E> node = path.pop();
      descendLeft(node.right);
      return node.value;
    }
  }

  // ---------------------------------------------------------------- the tree

  private Node<E> insert(Node<E> node, E element) {
    if (node == null) {
      changed = true;
      return new Node<>(element, nextPriority());
    }
    int c = order.compare(element, node.value);
    if (c == 0) {
      return node;
    }
    if (c < 0) {
      node.left = insert(node.left, element);
      if (node.left.priority > node.priority) {
        return rotateRight(node);
      }
    } else {
      node.right = insert(node.right, element);
      if (node.right.priority > node.priority) {
        return rotateLeft(node);
      }
    }
    node.size = 1 + size(node.left) + size(node.right);
    return node;
  }

  private Node<E> delete(Node<E> node, E element) {
    if (node == null) {
      return null;
    }
    int c = order.compare(element, node.value);
    if (c == 0) {
      changed = true;
      return merge(node.left, node.right);
    }
    if (c < 0) {
      node.left = delete(node.left, element);
    } else {
      node.right = delete(node.right, element);
    }
    node.size = 1 + size(node.left) + size(node.right);
    return node;
  }

  /* Joins two treaps where every element of the first comes before every element of the second. */
  private Node<E> merge(Node<E> low, Node<E> high) {
    if (low == null) {
      return high;
    }
    if (high == null) {
      return low;
    }
    if (low.priority > high.priority) {
      low.right = merge(low.right, high);
      low.size = 1 + size(low.left) + size(low.right);
      return low;
    }
    high.left = merge(low, high.left);
    high.size = 1 + size(high.left) + size(high.right);
    return high;
  }

  private Node<E> rotateRight(Node<E> node) {
    Node<E> up = node.left;
    node.left = up.right;
    up.right = node;
    node.size = 1 + size(node.left) + size(node.right);
    up.size = 1 + size(up.left) + size(up.right);
    return up;
  }

  private Node<E> rotateLeft(Node<E> node) {
    Node<E> up = node.right;
    node.right = up.left;
    up.left = node;
    node.size = 1 + size(node.left) + size(node.right);
    up.size = 1 + size(up.left) + size(up.right);
    return up;
  }

  /* Xorshift: cheap, and deterministic per set. */
  private int nextPriority() {
    int x = seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seed = x;
    return x;
  }

  private static <E> Node<E> leftmost(Node<E> from) {
    Node<E> node = from;
    while (node.left != null) {
      node = node.left;
    }
    return node;
  }

  private static int size(Node<?> node) {
    return node == null ? 0 : node.size;
  }

  /** Checks the tree's invariants (order, heap, sizes); for tests. Empty when all hold. */
  String structureProblem() {
    if ((root == null) != (lowest == null) || root != null && leftmost(root).value != lowest) {
      return "the lowest element kept is not the tree's";
    }
    return check(root, null, null);
  }

  private String check(Node<E> node, E low, E high) {
    if (node == null) {
      return "";
    }
    if (low != null && order.compare(low, node.value) >= 0
        || high != null && order.compare(node.value, high) >= 0) {
      return "out of order at " + node.value;
    }
    if (node.left != null && node.left.priority > node.priority
        || node.right != null && node.right.priority > node.priority) {
      return "heap order broken at " + node.value;
    }
    if (node.size != 1 + size(node.left) + size(node.right)) {
      return "wrong size at " + node.value;
    }
    String left = check(node.left, low, node.value);
    return left.isEmpty() ? check(node.right, node.value, high) : left;
  }
}
