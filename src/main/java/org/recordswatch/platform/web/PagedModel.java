package org.recordswatch.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a service's count and page queries (the page bean's own filters are read by the two
 * functions on every call), with rows keyed by their database id. Saves each page bean the same anonymous
 * {@link LazyDataModel}.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows: first row and page size. */
    @FunctionalInterface
    public interface Page<T> extends java.io.Serializable {
        List<T> load(int first, int pageSize);
    }

    /** A serializable function, as the model lives in a view- or session-scoped bean. */
    public interface Count extends java.util.function.LongSupplier, java.io.Serializable {
    }

    /** A row's id. */
    public interface Id<T> extends ToLongFunction<T>, java.io.Serializable {
    }

    /** A row by its id. */
    public interface Lookup<T> extends LongFunction<T>, java.io.Serializable {
    }

    private final Count count;
    private final Page<T> page;
    private final Id<T> id;
    private final Lookup<T> lookup;

    private PagedModel(Count count, Page<T> page, Id<T> id, Lookup<T> lookup) {
        this.count = count;
        this.page = page;
        this.id = id;
        this.lookup = lookup;
    }

    public static <T> PagedModel<T> of(Count count, Page<T> page, Id<T> id, Lookup<T> lookup) {
        return new PagedModel<>(count, page, id, lookup);
    }

    /**
     * A table whose rows are never selected: no lookup, so {@link #getRowData(String)} stays PrimeFaces' own (which
     * refuses).
     */
    public static <T> PagedModel<T> of(Count count, Page<T> page, Id<T> id) {
        return new PagedModel<>(count, page, id, null);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(Math.min(Integer.MAX_VALUE, count.getAsLong()));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(id.applyAsLong(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (lookup == null) {
            return super.getRowData(rowKey);
        }
        return lookup.apply(Long.parseLong(rowKey));
    }

}
