package io.mekiki.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.CanonicalJson;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which facts each gate's decision rests on, and so which changes make it stale (ADR 020). */
class GateFactsTests {

    private static final Map<String, Object> NONE = Map.of();

    @Test
    void theSurveyRestsOnTheAssetsThePurposeOnThePlanThePolicyReviewOnTheAssetsAndTheScoping() {
        Initiative initiative = withKpi("商談化率");

        assertThat(keys(initiative, Gate.PREPARATION_SURVEY_REVIEWED)).containsExactly("gate", "assets");
        assertThat(keys(initiative, Gate.PREPARATION_PURPOSE_APPROVED))
                .containsExactly("gate", "purpose", "benefits", "kpis");
        assertThat(keys(initiative, Gate.PREPARATION_POLICIES_REVIEWED))
                .containsExactly(
                        "gate",
                        "assets",
                        "catalogRelease",
                        "applicableSections",
                        "applicableItems",
                        "serviceModel",
                        "deployment",
                        "dataLocations",
                        "providerHeadquarters");
        assertThat(keys(initiative, Gate.PREPARATION_CRITERIA_APPROVED))
                .as("the criteria draw on the survey, the purpose and what applies")
                .contains("assets", "purpose", "kpis", "applicableItems", "dataLocations");
        assertThat(keys(initiative, Gate.SELECTION_PROVIDER_SELECTED))
                .contains("dataLocations")
                .doesNotContain("kpis");
    }

    @Test
    void everyGateRestsOnSomethingAndTheScopingComesWithTheServiceItWasComputedFrom() {
        Arrays.stream(Gate.values()).forEach(gate -> {
            assertThat(GateFacts.partsOf(gate)).as(gate.name()).isNotEmpty();
            List<String> keys = GateFacts.keysOf(gate);
            assertThat(keys.contains("applicableItems")).as(gate.name()).isEqualTo(keys.contains("dataLocations"));
        });
    }

    @Test
    void aRewordedKpiChangesThePurposeBasisAlone() {
        Initiative initiative = withKpi("商談化率");
        Map<Gate, String> before = bases(initiative);

        initiative.revise(0L, plan(initiative, "新規顧客の商談化率", initiative.dataLocations()), LATER);
        Map<Gate, String> after = bases(initiative);

        for (Gate gate : Gate.values()) {
            boolean restsOnThePlan = GateFacts.partsOf(gate).contains(GateFacts.Part.PLAN);
            assertThat(after.get(gate).equals(before.get(gate))).as(gate.name()).isEqualTo(!restsOnThePlan);
        }
        for (Gate gate : List.of(
                Gate.PREPARATION_SURVEY_REVIEWED,
                Gate.PREPARATION_POLICIES_REVIEWED,
                Gate.PREPARATION_TRADE_SECRET_DECIDED,
                Gate.SELECTION_PROVIDER_SELECTED,
                Gate.APPLICATION_TERMS_APPROVED)) {
            assertThat(after.get(gate)).as(gate.name()).isEqualTo(before.get(gate));
        }
        assertThat(after.get(Gate.PREPARATION_PURPOSE_APPROVED))
                .isNotEqualTo(before.get(Gate.PREPARATION_PURPOSE_APPROVED));
    }

    @Test
    void dataMovedToAnotherCountryChangesEveryBasisThatHoldsTheScopingAndNotTheSurveyOrThePurpose() {
        Initiative initiative = withKpi("商談化率");
        Map<Gate, String> before = bases(initiative);

        initiative.revise(0L, plan(initiative, "商談化率", List.of("JP", "US")), LATER);
        initiative.rescope(
                GateFixtures.scoping(Map.of("顧客台帳", Set.of(AssetCategory.PERSONAL_DATA)), "JP", "US"),
                initiative.assetCategories(),
                LATER);
        Map<Gate, String> after = bases(initiative);

        for (Gate gate : Gate.values()) {
            boolean restsOnScoping = GateFacts.partsOf(gate).contains(GateFacts.Part.SCOPING);
            assertThat(after.get(gate).equals(before.get(gate))).as(gate.name()).isEqualTo(!restsOnScoping);
        }
        assertThat(after.get(Gate.PREPARATION_SURVEY_REVIEWED)).isEqualTo(before.get(Gate.PREPARATION_SURVEY_REVIEWED));
        assertThat(after.get(Gate.PREPARATION_PURPOSE_APPROVED))
                .isEqualTo(before.get(Gate.PREPARATION_PURPOSE_APPROVED));
        assertThat(after.get(Gate.PREPARATION_POLICIES_REVIEWED))
                .isNotEqualTo(before.get(Gate.PREPARATION_POLICIES_REVIEWED));
    }

    private static Map<Gate, String> bases(Initiative initiative) {
        Map<Gate, String> bases = new java.util.EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            bases.put(gate, json(initiative, gate));
        }
        return bases;
    }

    @Test
    void factsContributedByOtherModulesJoinTheGatesBasisUnderTheirOwnKeys() {
        Initiative initiative = withKpi("商談化率");
        Map<String, Object> candidates = Map.of("candidates", List.of(Map.of("serviceId", "s-1")));

        Map<String, ?> facts = DecisionBasis.of(initiative, Gate.SELECTION_PROVIDER_SELECTED, candidates)
                .facts();
        assertThat(facts.get("candidates")).isEqualTo(List.of(Map.of("serviceId", "s-1")));
        assertThat(facts.get("gate")).isEqualTo("SELECTION_PROVIDER_SELECTED");
        assertThatThrownBy(() -> DecisionBasis.of(initiative, Gate.PREPARATION_SURVEY_REVIEWED, Map.of("kpis", "x")))
                .as("a contribution cannot overwrite the initiative's own facts")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBasisFrozenForTheWholeInitiativeIsReadAsItsGatesPartOnly() {
        Initiative initiative = withKpi("商談化率");
        Map<String, ?> whole = DecisionBasis.of(initiative).facts();

        assertThat(DecisionBasis.olderShape("PREPARATION_SURVEY_REVIEWED", whole))
                .hasValueSatisfying(part -> assertThat(part.keySet()).containsExactly("assets"));
        assertThat(DecisionBasis.olderShape("FINDING_OUTAGE", whole))
                .hasValueSatisfying(part ->
                        assertThat(part).containsKeys("assets", "dataLocations").doesNotContainKey("kpis"));
        assertThat(DecisionBasis.olderShape(
                        "PREPARATION_SURVEY_REVIEWED",
                        DecisionBasis.of(initiative, Gate.PREPARATION_SURVEY_REVIEWED, NONE)
                                .facts()))
                .as("a basis of the current shape is compared as frozen")
                .isEmpty();
        assertThat(DecisionBasis.olderShape("SOMETHING_ELSE", whole)).isEmpty();
    }

    private static List<String> keys(Initiative initiative, Gate gate) {
        return List.copyOf(DecisionBasis.of(initiative, gate, NONE).facts().keySet());
    }

    private static String json(Initiative initiative, Gate gate) {
        return CanonicalJson.write(DecisionBasis.of(initiative, gate, NONE).facts());
    }

    private static Initiative withKpi(String name) {
        Initiative initiative = GateFixtures.initiative(false);
        initiative.revise(
                0L,
                new InitiativePlan(
                        initiative.title(),
                        initiative.businessOwnerId(),
                        initiative.purpose(),
                        initiative.benefits(),
                        List.of(new InitiativePlan.KpiDefinition(
                                null, name, "%", new BigDecimal("12"), new BigDecimal("20"))),
                        initiative.assetIds(),
                        initiative.serviceModel(),
                        initiative.deployment(),
                        initiative.dataLocations(),
                        initiative.providerHeadquarters()),
                GateFixtures.T0.plusSeconds(30));
        setVersion(initiative, 0L);
        return initiative;
    }

    private static final java.time.Instant LATER = GateFixtures.T0.plusSeconds(60);

    /** The initiative's plan with its one KPI named anew and its data in the countries. */
    private static InitiativePlan plan(Initiative initiative, String kpiName, List<String> countries) {
        return new InitiativePlan(
                initiative.title(),
                initiative.businessOwnerId(),
                initiative.purpose(),
                initiative.benefits(),
                initiative.kpis().stream()
                        .map(kpi -> new InitiativePlan.KpiDefinition(
                                kpi.kpiId(), kpiName, kpi.unit(), kpi.baseline(), kpi.target()))
                        .toList(),
                initiative.assetIds(),
                initiative.serviceModel(),
                initiative.deployment(),
                countries,
                initiative.providerHeadquarters());
    }

    private static void setVersion(Initiative initiative, long value) {
        try {
            java.lang.reflect.Field version = Initiative.class.getDeclaredField("version");
            version.setAccessible(true);
            version.set(initiative, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
