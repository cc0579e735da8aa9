package io.mekiki.decision;

import io.mekiki.decision.Decisions.BasisChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The differences between two canonical bases as readable lines: a path such as {@code scoping.items},
 * the value then and the value now (empty when the path was added or removed). Lists without repeated
 * values are compared as sets, so that an item added to or removed from a list is one line of its own;
 * a list whose items only changed their order is reported as a whole, because its hash changed too.
 */
final class BasisDiff {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private BasisDiff() {}

    static List<BasisChange> between(String thenJson, String nowJson) {
        List<BasisChange> changes = new ArrayList<>();
        compare("", read(thenJson), read(nowJson), changes);
        return changes;
    }

    private static Object read(String canonicalJson) {
        return JSON.readValue(canonicalJson, Object.class);
    }

    private static void compare(String path, Object then, Object now, List<BasisChange> changes) {
        if (canonical(then).equals(canonical(now))) {
            return;
        }
        if (then instanceof Map<?, ?> thenMap && now instanceof Map<?, ?> nowMap) {
            TreeSet<String> keys = new TreeSet<>();
            thenMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
            nowMap.keySet().forEach(key -> keys.add(String.valueOf(key)));
            for (String key : keys) {
                String child = path.isEmpty() ? key : path + "." + key;
                if (!thenMap.containsKey(key)) {
                    changes.add(new BasisChange(child, "", shown(nowMap.get(key))));
                } else if (!nowMap.containsKey(key)) {
                    changes.add(new BasisChange(child, shown(thenMap.get(key)), ""));
                } else {
                    compare(child, thenMap.get(key), nowMap.get(key), changes);
                }
            }
        } else if (then instanceof List<?> thenList && now instanceof List<?> nowList) {
            Map<String, Object> thenItems = distinctItems(thenList);
            Map<String, Object> nowItems = distinctItems(nowList);
            if (thenItems == null || nowItems == null || thenItems.keySet().equals(nowItems.keySet())) {
                changes.add(new BasisChange(path, shown(then), shown(now)));
                return;
            }
            thenItems.forEach((text, item) -> {
                if (!nowItems.containsKey(text)) {
                    changes.add(new BasisChange(path, shown(item), ""));
                }
            });
            nowItems.forEach((text, item) -> {
                if (!thenItems.containsKey(text)) {
                    changes.add(new BasisChange(path, "", shown(item)));
                }
            });
        } else {
            changes.add(new BasisChange(path, shown(then), shown(now)));
        }
    }

    /** The items by their canonical text, or null when an item repeats (then the list is no set). */
    private static Map<String, Object> distinctItems(List<?> list) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (Object item : list) {
            if (items.put(canonical(item), item) != null) {
                return null;
            }
        }
        return items;
    }

    /** Texts as they are, everything else as canonical JSON. */
    private static String shown(Object value) {
        if (value instanceof String text && !text.isEmpty()) {
            return text;
        }
        return canonical(value);
    }

    private static String canonical(Object value) {
        return FrozenBasis.canonicalJson(value);
    }
}
