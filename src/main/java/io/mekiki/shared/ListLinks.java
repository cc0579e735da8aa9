package io.mekiki.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page: each column header sorts (again, the other way, when it already does), each
 * page link keeps the filters and the order. A page builds one per list and the template asks it.
 *
 * @param path the list's own path, e.g. {@code /initiatives}
 * @param filters the filters in force, by parameter name; empty values are left out of the links
 * @param order the order in force
 * @param page the page shown, from 0
 */
public record ListLinks(
        String path, Map<String, @Nullable String> filters, ListOrder order, int page, int totalPages, long total) {

    /** How many page links to show around the current page. */
    private static final int AROUND = 2;

    public ListLinks {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static ListLinks of(String path, Map<String, @Nullable String> filters, ListOrder order, ListPage<?> page) {
        return new ListLinks(path, filters, order, page.page(), page.totalPages(), page.total());
    }

    /** The link of a column header: sorts by the key, the other way round when the list is already sorted so. */
    public String sortBy(String key) {
        ListOrder next = order.key().equals(key) ? new ListOrder(key, !order.descending()) : ListOrder.ascending(key);
        return link(next, 0);
    }

    /** The value of a column header's {@code aria-sort}: null for columns the list is not sorted by. */
    public @Nullable String ariaSort(String key) {
        if (!order.key().equals(key)) {
            return null;
        }
        return order.descending() ? "descending" : "ascending";
    }

    public String toPage(int number) {
        return link(order, number);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    /** The page numbers (from 0) to link: the first, the last and those around the current one; -1 for a gap. */
    public List<Integer> pageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        int last = totalPages - 1;
        for (int number = 0; number <= last; number++) {
            boolean shown = number == 0 || number == last || Math.abs(number - page) <= AROUND;
            if (shown) {
                numbers.add(number);
            } else if (numbers.isEmpty() || numbers.get(numbers.size() - 1) != -1) {
                numbers.add(-1);
            }
        }
        return numbers;
    }

    private String link(ListOrder linkOrder, int linkPage) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, value);
            }
        });
        builder.queryParam(ListOrder.PARAMETER, linkOrder.parameter());
        if (linkPage > 0) {
            builder.queryParam("page", linkPage);
        }
        return builder.encode().build().toUriString();
    }
}
