package io.mekiki.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What changed between two sets of facts: field to before and after, only the fields that differ. */
final class Differences {

    private Differences() {}

    static Map<String, Object> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changes = new TreeMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", value);
                change.put("after", after.get(field));
                changes.put(field, change);
            }
        });
        return changes;
    }
}
