package io.mekiki.initiative;

import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.InformationAssets;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.decision.Basis;
import io.mekiki.decision.BasisFacts;
import io.mekiki.decision.DecisionSubjects;
import io.mekiki.decision.Subject;
import io.mekiki.decision.UnmetCondition;
import io.mekiki.shared.Countries;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the decision module what a decision on an initiative is made on, whoever asks for it (a gate's
 * request form, the decision API), so that every decision on an initiative freezes the same basis; and
 * how a reader reads it: the initiative by its title, the gate by its label and options, the basis as
 * labelled facts.
 */
@Component
class InitiativeDecisionSubjects implements DecisionSubjects {

    private final InitiativeRecords records;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final CatalogReleases catalog;
    private final InformationAssets assets;
    private final GateConditions gateConditions;

    InitiativeDecisionSubjects(
            InitiativeRecords records,
            JdbcClient jdbc,
            MessageSource messages,
            CatalogReleases catalog,
            InformationAssets assets,
            GateConditions gateConditions) {
        this.gateConditions = gateConditions;
        this.records = records;
        this.jdbc = jdbc;
        this.messages = messages;
        this.catalog = catalog;
        this.assets = assets;
    }

    @Override
    public String subjectType() {
        return InitiativeChange.INITIATIVE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Basis> currentBasis(UUID organizationId, Subject subject, String topic) {
        return records.findByIdAndOrganizationId(subject.id(), organizationId)
                .map(initiative -> gate(topic)
                        .map(gate -> DecisionBasis.of(initiative, gate, gateConditions.facts(initiative, gate)))
                        .orElseGet(() -> DecisionBasis.of(initiative)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnmetCondition> unmetConditions(UUID organizationId, Subject subject, String topic) {
        Optional<Gate> gate = gate(topic);
        // A gate over many decisions (one per finding or contingency) lets each be asked for at any time: its
        // conditions (e.g. a contingency closed with its review) hold the move out of the phase, not the
        // decisions that settle them.
        if (gate.isEmpty() || gate.get().coversManyDecisions()) {
            return List.of();
        }
        return records.findByIdAndOrganizationId(subject.id(), organizationId)
                .map(initiative -> gateConditions.of(initiative, gate.get()).stream()
                        .filter(condition -> !condition.met())
                        .map(condition ->
                                new UnmetCondition(condition.code(), condition.labelKey(), condition.labelArguments()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<Map<String, ?>> olderShape(String topic, Map<String, ?> frozenFacts) {
        return DecisionBasis.olderShape(topic, frozenFacts);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID organizationId, UUID id) {
        return records.existsByIdAndOrganizationId(id, organizationId);
    }

    @Override
    public String pagePath(Subject subject) {
        return "/initiatives/" + subject.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> titles(UUID organizationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> titles = new LinkedHashMap<>();
        jdbc.sql("select id, title from initiative_initiative where organization_id = :org and id in (:ids)")
                .param("org", organizationId)
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
                });
        return titles;
    }

    @Override
    public Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        Arrays.stream(Gate.values()).forEach(gate -> topics.put(gate.topic(), gate.messageKey()));
        return topics;
    }

    @Override
    public @Nullable String topicMessageKey(String topic) {
        return gate(topic).map(Gate::messageKey).orElse(null);
    }

    @Override
    public List<String> topicOptions(String topic, Locale locale) {
        return gate(topic)
                .map(gate -> messages.getMessage(gate.messageKey() + ".options", null, "", locale))
                .map(options -> Arrays.stream(options.split("／| / "))
                        .map(String::strip)
                        .filter(option -> !option.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BasisFacts> describe(UUID organizationId, Basis basis, Locale locale) {
        return Optional.of(
                new DescribedBasis(organizationId, basis.facts(), locale, messages, catalog, assets).described());
    }

    private static Optional<Gate> gate(String topic) {
        return Arrays.stream(Gate.values()).filter(gate -> gate.covers(topic)).findFirst();
    }

    /** The facts of {@link DecisionBasis} in words: items by title per section, assets by name, countries by name. */
    private record DescribedBasis(
            UUID organizationId,
            Map<String, ?> facts,
            Locale locale,
            MessageSource messages,
            CatalogReleases catalog,
            InformationAssets assets) {

        /** The groups of the facts the basis holds: a gate's basis holds only the parts its gate rests on. */
        BasisFacts described() {
            List<BasisFacts.Group> groups = new java.util.ArrayList<>();
            if (facts.containsKey(DecisionBasis.GATE)) {
                String gate = text(facts.get(DecisionBasis.GATE));
                groups.add(new BasisFacts.Group(
                        message("initiative.basisFacts.gate"),
                        List.of(single(
                                DecisionBasis.GATE,
                                "initiative.basisFacts.gateName",
                                message("initiative.gate." + gate)))));
            }
            if (facts.containsKey("purpose") || facts.containsKey("kpis")) {
                groups.add(new BasisFacts.Group(message("initiative.basisFacts.plan"), plan()));
            }
            if (facts.containsKey("assets")) {
                groups.add(new BasisFacts.Group(message("initiative.basisFacts.assets"), List.of(assetFact())));
            }
            if (facts.containsKey("catalogRelease")) {
                groups.add(new BasisFacts.Group(message("initiative.basisFacts.service"), service()));
                groups.add(new BasisFacts.Group(message("initiative.basisFacts.checks"), checks()));
            }
            List<BasisFacts.Fact> contributed = facts.keySet().stream()
                    .filter(key -> !KNOWN.contains(key))
                    .sorted()
                    .map(key -> new BasisFacts.Fact(
                            key,
                            messages.getMessage("initiative.basisFacts.contributed." + key, null, key, locale),
                            contributedEntries(facts.get(key))))
                    .toList();
            if (!contributed.isEmpty()) {
                groups.add(new BasisFacts.Group(message("initiative.basisFacts.contributed"), contributed));
            }
            return new BasisFacts(groups);
        }

        /**
         * A contributed fact as entries a reader can tell apart: nested maps down to their leaves, each leaf
         * shown with its path (e.g. {@code Northwind Workspace › CS-AC-01: status PARTLY, …}), list items one
         * entry each; so a changed answer or score is one changed entry, not the whole fact written out again.
         */
        static List<BasisFacts.Entry> contributedEntries(Object value) {
            List<BasisFacts.Entry> entries = new java.util.ArrayList<>();
            flatten("", value, entries);
            return entries;
        }

        private static void flatten(String path, Object value, List<BasisFacts.Entry> entries) {
            if (value instanceof Map<?, ?> map && !map.isEmpty() && !leaf(map)) {
                map.forEach((key, child) ->
                        flatten(path.isEmpty() ? String.valueOf(key) : path + " › " + key, child, entries));
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                for (Object item : list) {
                    String text = shown(item);
                    entries.add(new BasisFacts.Entry(path + "#" + text, path.isEmpty() ? text : path + ": " + text));
                }
            } else {
                String text = shown(value);
                entries.add(new BasisFacts.Entry(path, path.isEmpty() ? text : path + ": " + text));
            }
        }

        private static boolean leaf(Map<?, ?> map) {
            return map.values().stream().noneMatch(child -> child instanceof Map || child instanceof List);
        }

        private static String shown(Object value) {
            if (value instanceof String text) {
                return text;
            }
            if (value instanceof Map<?, ?> map && leaf(map) && !map.isEmpty()) {
                return map.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + shown(entry.getValue()))
                        .collect(java.util.stream.Collectors.joining(", "));
            }
            return io.mekiki.shared.CanonicalJson.write(value);
        }

        /** The keys of the initiative's own facts, every other key a contributed one. */
        private static final java.util.Set<String> KNOWN = known();

        private static java.util.Set<String> known() {
            java.util.Set<String> keys = new java.util.HashSet<>();
            keys.add(DecisionBasis.GATE);
            for (GateFacts.Part part : GateFacts.Part.values()) {
                keys.addAll(part.keys());
            }
            return java.util.Set.copyOf(keys);
        }

        private List<BasisFacts.Fact> plan() {
            List<BasisFacts.Entry> kpis = list("kpis").stream()
                    .filter(Map.class::isInstance)
                    .<Map<?, ?>>map(kpi -> (Map<?, ?>) kpi)
                    .map(kpi -> new BasisFacts.Entry(text(kpi.get("name")), kpi(kpi)))
                    .toList();
            return List.of(
                    single("purpose", "initiative.field.purpose", text(facts.get("purpose"))),
                    single("benefits", "initiative.field.benefits", text(facts.get("benefits"))),
                    new BasisFacts.Fact("kpis", message("initiative.field.kpis"), kpis));
        }

        private String kpi(Map<?, ?> kpi) {
            String unit = text(kpi.get("unit"));
            String baseline = text(kpi.get("baseline"));
            String target = text(kpi.get("target"));
            return message(
                    "initiative.basisFacts.kpi",
                    text(kpi.get("name")),
                    baseline.isEmpty() ? "—" : baseline,
                    target.isEmpty() ? "—" : target,
                    unit.isEmpty() ? "—" : unit);
        }

        private BasisFacts.Fact assetFact() {
            List<Map<?, ?>> inScope = list("assets").stream()
                    .filter(Map.class::isInstance)
                    .<Map<?, ?>>map(asset -> (Map<?, ?>) asset)
                    .toList();
            List<UUID> ids = inScope.stream()
                    .map(asset -> uuid(text(asset.get("id"))))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            Map<UUID, String> names = new LinkedHashMap<>();
            assets.assetsOf(organizationId, ids).forEach(asset -> names.put(asset.id(), name(asset)));
            List<BasisFacts.Entry> entries = inScope.stream()
                    .map(asset -> {
                        String id = text(asset.get("id"));
                        UUID key = uuid(id);
                        String name = key == null
                                ? id
                                : names.getOrDefault(key, message("initiative.basisFacts.unknownAsset"));
                        Object categories = asset.get("categories");
                        List<String> labels = categories instanceof List<?> list
                                ? list.stream()
                                        .map(category -> message("category." + category))
                                        .toList()
                                : List.of();
                        return new BasisFacts.Entry(
                                id,
                                labels.isEmpty()
                                        ? name
                                        : message(
                                                "initiative.basisFacts.asset",
                                                name,
                                                String.join(message("initiative.listSeparator"), labels)));
                    })
                    .sorted(java.util.Comparator.comparing(BasisFacts.Entry::text))
                    .toList();
            return new BasisFacts.Fact("assets", message("initiative.field.assetIds"), entries);
        }

        private String name(AssetSummary asset) {
            return asset.archived() ? message("initiative.basisFacts.archivedAsset", asset.name()) : asset.name();
        }

        private List<BasisFacts.Fact> service() {
            String model = text(facts.get("serviceModel"));
            String deployment = text(facts.get("deployment"));
            String headquarters = text(facts.get("providerHeadquarters"));
            return List.of(
                    single(
                            "serviceModel",
                            "initiative.field.serviceModel",
                            model.isEmpty() ? "" : message("serviceModel." + model)),
                    single(
                            "deployment",
                            "initiative.field.deployment",
                            deployment.isEmpty() ? "" : message("initiative.deployment." + deployment)),
                    new BasisFacts.Fact(
                            "dataLocations",
                            message("initiative.field.dataLocations"),
                            list("dataLocations").stream()
                                    .map(code -> new BasisFacts.Entry(text(code), country(text(code))))
                                    .toList()),
                    single(
                            "providerHeadquarters",
                            "initiative.field.providerHeadquarters",
                            headquarters.isEmpty() ? "" : country(headquarters)));
        }

        /** The release, then per section that applies the items that apply, by title. */
        private List<BasisFacts.Fact> checks() {
            String releaseId = text(facts.get("catalogRelease"));
            CatalogRelease release = release(releaseId);
            List<BasisFacts.Fact> checks = new java.util.ArrayList<>();
            checks.add(single(
                    "catalogRelease",
                    "initiative.basisFacts.release",
                    release == null
                            ? releaseId
                            : message(
                                    "initiative.basisFacts.releaseName",
                                    release.title().in(locale),
                                    releaseId)));
            List<String> sections = list("applicableSections").stream()
                    .map(InitiativeDecisionSubjects::text)
                    .toList();
            checks.add(new BasisFacts.Fact(
                    "applicableSections",
                    message("initiative.basisFacts.sections"),
                    sections.stream()
                            .map(section -> new BasisFacts.Entry(section, sectionName(section)))
                            .toList()));
            Map<String, List<BasisFacts.Entry>> itemsBySection = new LinkedHashMap<>();
            sections.forEach(section -> itemsBySection.put(section, new java.util.ArrayList<>()));
            for (Object value : list("applicableItems")) {
                String itemId = text(value);
                var item = release == null ? Optional.<io.mekiki.catalog.CheckItem>empty() : release.item(itemId);
                String section = item.map(found -> found.section().name()).orElse("");
                String title = item.map(found -> found.title().in(locale) + " (" + itemId + ")")
                        .orElse(itemId);
                itemsBySection
                        .computeIfAbsent(section, key -> new java.util.ArrayList<>())
                        .add(new BasisFacts.Entry(itemId, title));
            }
            itemsBySection.forEach((section, items) -> checks.add(new BasisFacts.Fact(
                    "items." + section,
                    message(
                            "initiative.basisFacts.itemsOf",
                            section.isEmpty() ? message("initiative.basisFacts.otherItems") : sectionName(section)),
                    items)));
            return checks;
        }

        private @Nullable CatalogRelease release(String releaseId) {
            if (releaseId.isEmpty()) {
                return null;
            }
            try {
                return catalog.release(organizationId, releaseId);
            } catch (io.mekiki.shared.NotFoundException notVisible) {
                return null;
            }
        }

        private String sectionName(String section) {
            return messages.getMessage("section." + section, null, section, locale);
        }

        private String country(String code) {
            return Countries.name(code, locale);
        }

        private BasisFacts.Fact single(String key, String labelKey, String value) {
            return new BasisFacts.Fact(
                    key, message(labelKey), value.isEmpty() ? List.of() : List.of(new BasisFacts.Entry("", value)));
        }

        private List<?> list(String key) {
            return facts.get(key) instanceof List<?> list ? list : List.of();
        }

        private String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
