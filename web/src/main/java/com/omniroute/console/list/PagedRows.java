package com.omniroute.console.list;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table's rows, one page at a time from a service that filters, sorts and pages in the
 * database. Rows are keyed by their id; a key is resolved among the rows of the page shown or the
 * rows already selected, never by asking the service, so a row key a browser invents selects
 * nothing.
 *
 * <p>A backing bean makes one with {@link #of}, giving the row's id, the count and the page as
 * lambdas. They are {@link Serializable}, like the view-scoped bean that holds the rows.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A row's id, its key in the table. */
  @FunctionalInterface
  public interface Id<T> extends ToLongFunction<T>, Serializable {}

  /** The rows selected so far, which a key may also name. */
  @FunctionalInterface
  public interface Selection<T> extends Supplier<List<T>>, Serializable {}

  /** How many rows the column filters let through. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count(Map<String, FilterMeta> filterBy);
  }

  /** The rows from {@code first}, at most {@code size}, sorted and filtered as the table asks. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> load(
        int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy);
  }

  private final Id<T> idOf;
  private final Selection<T> selection;
  private final Count count;
  private final Page<T> page;

  private PagedRows(Id<T> idOf, Selection<T> selection, Count count, Page<T> page) {
    this.idOf = idOf;
    this.selection = selection;
    this.count = count;
    this.page = page;
  }

  /** Rows of a table that selects nothing, or whose selection a key need not name. */
  public static <T> PagedRows<T> of(Id<T> idOf, Count count, Page<T> page) {
    return new PagedRows<>(idOf, List::of, count, page);
  }

  /** Rows of a table whose selection, read anew each time, a key may also name. */
  public static <T> PagedRows<T> of(Id<T> idOf, Selection<T> selection, Count count, Page<T> page) {
    return new PagedRows<>(idOf, selection, count, page);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(count.count(filterBy));
  }

  @Override
  public List<T> load(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.load(first, size, sortBy, filterBy);
  }

  @Override
  public String getRowKey(T row) {
    return Long.toString(idOf.applyAsLong(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    for (List<T> rows : List.of(shown == null ? List.<T>of() : shown, selection.get())) {
      for (T row : rows) {
        if (getRowKey(row).equals(rowKey)) {
          return row;
        }
      }
    }
    return null;
  }

  /** The text of a column's filter, or {@code null} when it is not filtered. */
  public static String filterText(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta filter = filterBy.get(field);
    Object value = filter == null ? null : filter.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
