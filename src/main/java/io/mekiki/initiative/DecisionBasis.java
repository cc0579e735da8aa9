package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import io.mekiki.decision.Basis;
import io.mekiki.shared.AssetCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What decisions on an initiative are made on. The initiative's own facts fall into three parts: the
 * plan (purpose, benefits, KPI definitions), the assets in scope with their categories, and the scoping
 * (the catalogue release and what applies from it, with the intended service it was computed from:
 * model, deployment, data locations, provider's country). Each gate rests on the parts {@link
 * GateFacts} gives it, plus the facts other modules contribute ({@link GateContributions}); a decision
 * freezes only its gate's basis, so only a change of those facts makes it stale. The title, the owner and
 * KPI measurements are part of none. Values are texts and lists only, an absent value an empty text, so
 * that the same state always gives the same basis.
 *
 * <p>A gate's basis carries its gate under {@link #GATE}; a basis without it was frozen before bases
 * were per gate (the whole initiative) and is compared on its gate's part only ({@link #olderShape}).
 */
final class DecisionBasis {

    /** The key naming the gate a basis belongs to; absent in bases frozen before bases were per gate. */
    static final String GATE = "gate";

    private DecisionBasis() {}

    /** Every fact of the initiative: what the initiative's basis API shows and what announces a change. */
    static Basis of(Initiative initiative) {
        return new Basis(all(initiative));
    }

    /** The basis of one gate: the gate, the initiative's facts of the gate's parts, the contributed facts. */
    static Basis of(Initiative initiative, Gate gate, Map<String, Object> contributed) {
        Map<String, Object> all = all(initiative);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(GATE, gate.name());
        for (String key : GateFacts.keysOf(gate)) {
            // a fact added later (nonResidentAccess) is in the basis only once it is known, so that bases
            // frozen before it existed stay equal to the current ones
            if (all.containsKey(key)) {
                facts.put(key, all.get(key));
            }
        }
        contributed.forEach((key, value) -> {
            if (facts.containsKey(key) || all.containsKey(key)) {
                throw new IllegalStateException("A contributed fact may not reuse the key " + key);
            }
            facts.put(key, value);
        });
        return new Basis(facts);
    }

    /**
     * A basis frozen before bases were per gate, reduced to the facts the gate rests on that it holds;
     * empty when the basis is of the current shape or the topic is no gate.
     */
    static Optional<Map<String, ?>> olderShape(String topic, Map<String, ?> frozen) {
        if (frozen.containsKey(GATE)) {
            return Optional.empty();
        }
        return GateFacts.gate(topic).map(gate -> {
            Map<String, Object> part = new LinkedHashMap<>();
            for (String key : GateFacts.keysOf(gate)) {
                if (frozen.containsKey(key)) {
                    part.put(key, frozen.get(key));
                }
            }
            return part;
        });
    }

    private static Map<String, Object> all(Initiative initiative) {
        ScopingSnapshot scoping = initiative.scoping();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("catalogRelease", scoping.release());
        facts.put(
                "applicableSections",
                scoping.sectionSet().stream().sorted().map(Section::name).toList());
        facts.put("applicableItems", scoping.itemIds().stream().sorted().toList());
        facts.put("assets", assets(initiative.assetCategories()));
        facts.put("serviceModel", text(initiative.serviceModel()));
        facts.put("deployment", text(initiative.deployment()));
        facts.put("dataLocations", initiative.dataLocations());
        facts.put("providerHeadquarters", text(initiative.providerHeadquarters()));
        if (initiative.nonResidentAccess() != null) {
            facts.put("nonResidentAccess", initiative.nonResidentAccess());
        }
        facts.put("purpose", initiative.purpose());
        facts.put("benefits", initiative.benefits());
        facts.put(
                "kpis",
                initiative.kpis().stream()
                        .map(kpi -> Map.of(
                                "name", kpi.name(),
                                "unit", kpi.unit(),
                                "baseline",
                                        text(
                                                kpi.baseline() == null
                                                        ? null
                                                        : kpi.baseline().toPlainString()),
                                "target",
                                        text(
                                                kpi.target() == null
                                                        ? null
                                                        : kpi.target().toPlainString())))
                        .toList());
        return facts;
    }

    /** Sorted by id, each with its sorted categories. */
    private static List<Map<String, Object>> assets(Map<UUID, Set<AssetCategory>> categories) {
        return categories.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        (left, right) -> left.toString().compareTo(right.toString())))
                .map(entry -> Map.<String, Object>of(
                        "id",
                        entry.getKey().toString(),
                        "categories",
                        entry.getValue().stream().map(Enum::name).sorted().toList()))
                .toList();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
