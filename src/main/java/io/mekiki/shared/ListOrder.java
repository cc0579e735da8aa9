package io.mekiki.shared;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a list is ordered: one of the keys the list allows, ascending or descending. Written as the
 * {@code sort} parameter of pages and list APIs, {@code title} or {@code title,desc}, as Spring Data does.
 */
public record ListOrder(String key, boolean descending) {

    /** The name of the request parameter, also the field a refusal names. */
    public static final String PARAMETER = "sort";

    public static ListOrder ascending(String key) {
        return new ListOrder(key, false);
    }

    public static ListOrder descending(String key) {
        return new ListOrder(key, true);
    }

    /**
     * The order the parameter asks for, or {@code fallback} when it is empty.
     *
     * @throws RuleViolationException naming {@code sort} (400) when the key is not one of {@code keys} or
     *     the direction is neither {@code asc} nor {@code desc}
     */
    public static ListOrder parse(@Nullable String sort, ListOrder fallback, Collection<String> keys) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String[] parts = sort.strip().split(",", -1);
        String key = parts[0].strip();
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !keys.contains(key) || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, PARAMETER, "list.error.sort", String.join(", ", keys));
        }
        return new ListOrder(key, direction.equals("desc"));
    }

    /** As {@link #parse}, but a page falls back to its usual order instead of refusing an old or edited link. */
    public static ListOrder parseOrDefault(@Nullable String sort, ListOrder fallback, Collection<String> keys) {
        try {
            return parse(sort, fallback, keys);
        } catch (RuleViolationException unknown) {
            return fallback;
        }
    }

    /** The value of the {@code sort} parameter that asks for this order. */
    public String parameter() {
        return descending ? key + ",desc" : key;
    }

    /** {@code asc} or {@code desc}, for SQL. */
    public String sqlDirection() {
        return descending ? "desc" : "asc";
    }
}
