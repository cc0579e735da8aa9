package io.mekiki.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a sorted list and how many rows the whole list holds.
 *
 * @param page the page's number, from 0
 */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    /** The largest page size a list API accepts. */
    public static final int MAX_SIZE = 500;

    public ListPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** How many rows to skip in the database for the page. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ListPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
