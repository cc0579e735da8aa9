package io.mekiki.initiative;

import io.mekiki.catalog.Applicability;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Confidence;
import io.mekiki.catalog.Section;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Subject;
import io.mekiki.scoping.ScopingEngine;
import io.mekiki.scoping.ScopingFacts;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import io.mekiki.shared.Sector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Decisions, catalogue releases and initiatives built by hand for the rules of the life cycle. */
final class GateFixtures {

    static final UUID ORGANIZATION = UUID.randomUUID();
    static final UUID INITIATIVE = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private GateFixtures() {}

    static Decision requested(String topic, Instant at) {
        return decision(topic, at, DecisionStatus.REQUESTED, null, null, false);
    }

    static Decision approved(String topic, Instant at) {
        return decision(topic, at, DecisionStatus.DECIDED, DecisionOutcome.APPROVED, at, false);
    }

    static Decision staleApproval(String topic, Instant at) {
        return decision(topic, at, DecisionStatus.DECIDED, DecisionOutcome.APPROVED, at, true);
    }

    static Decision decided(String topic, Instant at, DecisionOutcome outcome) {
        return decision(topic, at, DecisionStatus.DECIDED, outcome, at, false);
    }

    private static Decision decision(
            String topic,
            Instant at,
            DecisionStatus status,
            DecisionOutcome outcome,
            Instant decidedAt,
            boolean stale) {
        return new Decision(
                UUID.randomUUID(),
                ORGANIZATION,
                new Subject("INITIATIVE", INITIATIVE),
                topic,
                "Title",
                "Proposal",
                List.of("Yes"),
                List.of(),
                UUID.randomUUID(),
                "Requester",
                at.minusSeconds(60),
                status,
                outcome,
                outcome == null ? null : "Rationale",
                List.of(),
                outcome == null ? null : UUID.randomUUID(),
                outcome == null ? null : "Executive",
                decidedAt,
                "{}",
                "0".repeat(64),
                stale,
                stale ? at.plusSeconds(3600) : null);
    }

    /** Every gate of the phase approved now, as decisions. */
    static List<Decision> approvedGates(Instant at, Gate... gates) {
        return java.util.Arrays.stream(gates)
                .map(gate -> approved(gate.topic(), at))
                .toList();
    }

    static CatalogRelease release() {
        return new CatalogRelease(
                "test.1",
                LocalDate.of(2026, 11, 26),
                new LocalizedText("テスト版", "Test release"),
                new LocalizedText("", ""),
                List.of(
                        item("LC-01", Section.LIFECYCLE, Applicability.ALWAYS),
                        item("TS-01", Section.TRADE_SECRET, Applicability.ALWAYS),
                        item("TS-02", Section.TRADE_SECRET, Applicability.ALWAYS),
                        item("PD-01", Section.PERSONAL_DATA, Applicability.ALWAYS),
                        item(
                                "PD-FOREIGN-01",
                                Section.PERSONAL_DATA,
                                new Applicability(Set.of(), Set.of(), Set.of(), true, null, null, null, null)),
                        item("OS-01", Section.OVERSEAS, Applicability.ALWAYS)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static CheckItem item(String id, Section section, Applicability when) {
        LocalizedText text = new LocalizedText("項目 " + id, "Item " + id);
        return new CheckItem(
                id,
                section,
                LifeCyclePhase.PREPARATION,
                text,
                text,
                text,
                text,
                List.of(),
                Confidence.CONFIRMED,
                when,
                Set.of(),
                3);
    }

    /** The scoping of the test release for assets given as name → categories, stored in the countries. */
    static ScopingSnapshot scoping(Map<String, Set<AssetCategory>> assets, String... countries) {
        return ScopingSnapshot.of(ScopingEngine.evaluate(
                release(),
                new ScopingFacts(
                        new ScopingFacts.Organization(false, false, Set.of(Sector.GENERAL)),
                        assets.entrySet().stream()
                                .map(asset -> new ScopingFacts.Asset(asset.getKey(), asset.getValue()))
                                .toList(),
                        new ScopingFacts.Service(Set.of(countries), null, null))));
    }

    static Initiative initiative(boolean tradeSecret) {
        UUID asset = UUID.randomUUID();
        Map<String, Set<AssetCategory>> assets = tradeSecret
                ? Map.of("設計図面", Set.of(AssetCategory.TRADE_SECRET))
                : Map.of("顧客台帳", Set.of(AssetCategory.PERSONAL_DATA));
        Initiative initiative = Initiative.start(
                ORGANIZATION,
                new InitiativePlan(
                        "経費精算SaaS",
                        UUID.randomUUID(),
                        "紙の精算をなくす",
                        "処理時間の短縮",
                        List.of(),
                        Set.of(asset),
                        null,
                        null,
                        List.of("JP"),
                        null),
                Map.of(asset, assets.values().iterator().next()),
                scoping(assets, "JP"),
                "Tester",
                T0);
        return stored(initiative);
    }

    /** As the repository hands an initiative back after its first save: at version 0. */
    private static Initiative stored(Initiative initiative) {
        try {
            java.lang.reflect.Field version = Initiative.class.getDeclaredField("version");
            version.setAccessible(true);
            version.set(initiative, 0L);
            return initiative;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
