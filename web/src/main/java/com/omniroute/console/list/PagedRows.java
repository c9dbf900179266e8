package com.omniroute.console.list;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;

/**
 * A lazy table's rows, one page at a time from a service that filters, sorts and pages in the
 * database. Rows are keyed by their id; a key is resolved among the rows of the page shown or the
 * rows already selected, never by asking the service, so a row key a browser invents selects
 * nothing.
 */
public abstract class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The row's id, its key in the table. */
  protected abstract long idOf(T row);

  /** The rows selected so far, which a key may also name; none by default. */
  protected List<T> selection() {
    return List.of();
  }

  @Override
  public String getRowKey(T row) {
    return Long.toString(idOf(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> page = getWrappedData();
    for (List<T> rows : List.of(page == null ? List.<T>of() : page, selection())) {
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
