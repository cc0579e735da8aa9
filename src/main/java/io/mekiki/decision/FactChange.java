package io.mekiki.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the facts a decision was made on and the facts now, in words: an entry added
 * to or removed from a fact, or a value that changed.
 *
 * @param fact the label of the fact, e.g. "Check items that apply: Personal data"
 * @param then the entry as it was; null when it was added
 * @param now the entry as it is now; null when it was removed
 */
public record FactChange(
        Kind kind,
        String fact,
        @Nullable String then,
        @Nullable String now) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** The changes from one set of facts to another, fact by fact in the order of the newer one. */
    static List<FactChange> between(BasisFacts then, BasisFacts now) {
        Map<String, BasisFacts.Fact> before = byKey(then);
        Map<String, BasisFacts.Fact> after = byKey(now);
        List<FactChange> changes = new ArrayList<>();
        LinkedHashSet<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            BasisFacts.Fact old = before.get(key);
            BasisFacts.Fact current = after.get(key);
            String label = current != null ? current.label() : old.label();
            Map<String, String> oldEntries = entries(old);
            Map<String, String> newEntries = entries(current);
            oldEntries.forEach((entryKey, text) -> {
                String replacement = newEntries.get(entryKey);
                if (replacement == null) {
                    changes.add(new FactChange(Kind.REMOVED, label, text, null));
                } else if (!replacement.equals(text)) {
                    changes.add(new FactChange(Kind.CHANGED, label, text, replacement));
                }
            });
            newEntries.forEach((entryKey, text) -> {
                if (!oldEntries.containsKey(entryKey)) {
                    changes.add(new FactChange(Kind.ADDED, label, null, text));
                }
            });
        }
        return List.copyOf(changes);
    }

    private static Map<String, BasisFacts.Fact> byKey(BasisFacts facts) {
        Map<String, BasisFacts.Fact> byKey = new LinkedHashMap<>();
        facts.groups().forEach(group -> group.facts().forEach(fact -> byKey.put(fact.key(), fact)));
        return byKey;
    }

    private static Map<String, String> entries(BasisFacts.@Nullable Fact fact) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (fact != null) {
            fact.entries().forEach(entry -> entries.put(entry.key(), entry.text()));
        }
        return entries;
    }
}
