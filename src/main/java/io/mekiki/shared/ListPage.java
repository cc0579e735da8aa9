package io.mekiki.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /**
     * A page of a list held in memory whole (a short list such as an organisation's users): sorted by the
     * order's comparator, then by {@code tieBreak}, so that pages never overlap.
     *
     * @param comparators the comparator of each sort key the list allows; the order's key must be one
     */
    public static <T> ListPage<T> sorted(
            List<T> all,
            ListOrder order,
            Map<String, Comparator<T>> comparators,
            Comparator<T> tieBreak,
            int page,
            int size) {
        Comparator<T> byKey = comparators.get(order.key());
        if (byKey == null) {
            throw new IllegalArgumentException("Not a sort key of the list: " + order.key());
        }
        Comparator<T> comparator = (order.descending() ? byKey.reversed() : byKey).thenComparing(tieBreak);
        int checkedPage = Math.max(0, page);
        int checkedSize = Math.max(1, size);
        List<T> sorted = all.stream().sorted(comparator).toList();
        long from = Math.min(offset(checkedPage, checkedSize), sorted.size());
        long to = Math.min(from + checkedSize, sorted.size());
        return new ListPage<>(sorted.subList((int) from, (int) to), checkedPage, checkedSize, sorted.size());
    }

    public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ListPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
