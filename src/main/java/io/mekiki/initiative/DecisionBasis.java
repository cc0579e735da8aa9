package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import io.mekiki.decision.Basis;
import io.mekiki.shared.AssetCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What every decision on an initiative is made on: the catalogue release and what applies from it,
 * the assets in scope with their categories, the intended service (model, deployment, data locations,
 * provider's country), and the purpose, benefits and KPI definitions. A decision goes stale when any
 * of these changes; the title, the owner and KPI measurements are not part of it. Values are texts
 * and lists only, an absent value an empty text, so that the same state always gives the same basis.
 */
final class DecisionBasis {

    private DecisionBasis() {}

    static Basis of(Initiative initiative) {
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
        return new Basis(facts);
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
