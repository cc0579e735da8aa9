package io.mekiki.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A frozen basis as a table a person reads: one row per fact, its path (e.g. {@code scoping.items}) and
 * its value; a list of plain values is one row, a list of objects one row per fact of each item.
 */
final class BasisTable {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private BasisTable() {}

    record Row(String path, String value) {}

    /** The facts of a frozen basis (an object), as maps, lists, texts, numbers and booleans; empty when it is none. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String canonicalJson) {
        Object value = JSON.readValue(canonicalJson, Object.class);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<Row> rows(String canonicalJson) {
        List<Row> rows = new ArrayList<>();
        flatten("", JSON.readValue(canonicalJson, Object.class), rows);
        return rows;
    }

    private static void flatten(String path, Object value, List<Row> rows) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty() && !path.isEmpty()) {
                rows.add(new Row(path, "{}"));
            }
            map.forEach((key, item) -> flatten(path.isEmpty() ? String.valueOf(key) : path + "." + key, item, rows));
        } else if (value instanceof List<?> list) {
            if (list.stream().noneMatch(item -> item instanceof Map || item instanceof List)) {
                rows.add(new Row(
                        path,
                        list.isEmpty()
                                ? "[]"
                                : list.stream().map(BasisTable::plain).collect(Collectors.joining(", "))));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    flatten(path + "[" + i + "]", list.get(i), rows);
                }
            }
        } else {
            rows.add(new Row(path, plain(value)));
        }
    }

    private static String plain(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
