package io.mekiki.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.decision.Decisions.BasisChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasisDiffTests {

    @Test
    void nothingChangedGivesNoLines() {
        Map<String, Object> facts = Map.of("scoping", Map.of("items", List.of("PD-01", "TS-02")), "budget", 1200);

        assertThat(diff(facts, Map.of("budget", 1200.0, "scoping", Map.of("items", List.of("PD-01", "TS-02")))))
                .isEmpty();
    }

    @Test
    void aChangedValueIsShownWithItsPathThenAndNow() {
        assertThat(diff(
                        Map.of("scoping", Map.of("release", "2026.1", "count", 3)),
                        Map.of("scoping", Map.of("release", "2026.2", "count", 3))))
                .containsExactly(new BasisChange("scoping.release", "2026.1", "2026.2"));
    }

    @Test
    void addedAndRemovedFactsHaveAnEmptySide() {
        assertThat(diff(Map.of("plan", Map.of("model", "SAAS")), Map.of("plan", Map.of("deployment", "PUBLIC"))))
                .containsExactly(
                        new BasisChange("plan.deployment", "", "PUBLIC"), new BasisChange("plan.model", "SAAS", ""));
    }

    @Test
    void listsAreComparedAsSetsSoEachAddedOrRemovedItemIsALine() {
        assertThat(diff(
                        Map.of("scoping", Map.of("items", List.of("PD-01", "TS-02", "EX-03"))),
                        Map.of("scoping", Map.of("items", List.of("EX-03", "PD-01", "OV-04")))))
                .containsExactly(
                        new BasisChange("scoping.items", "TS-02", ""), new BasisChange("scoping.items", "", "OV-04"));
    }

    @Test
    void itemsThatAreObjectsAreShownAsJson() {
        assertThat(diff(
                        Map.of("assets", List.of(Map.of("name", "CRM", "categories", List.of("PERSONAL_DATA")))),
                        Map.of(
                                "assets",
                                List.of(
                                        Map.of("name", "CRM", "categories", List.of("PERSONAL_DATA")),
                                        Map.of("name", "Ledger", "categories", List.of("TAX_RECORDS"))))))
                .containsExactly(
                        new BasisChange("assets", "", "{\"categories\":[\"TAX_RECORDS\"],\"name\":\"Ledger\"}"));
    }

    @Test
    void aListWhoseItemsOnlyMovedIsReportedAsAWholeBecauseItsHashChanged() {
        assertThat(diff(Map.of("locations", List.of("JP", "US")), Map.of("locations", List.of("US", "JP"))))
                .containsExactly(new BasisChange("locations", "[\"JP\",\"US\"]", "[\"US\",\"JP\"]"));
    }

    @Test
    void aListWithRepeatedValuesIsNoSetAndIsComparedAsAWhole() {
        assertThat(diff(Map.of("kpi", List.of(1, 1, 2)), Map.of("kpi", List.of(1, 2))))
                .containsExactly(new BasisChange("kpi", "[1,1,2]", "[1,2]"));
    }

    @Test
    void aValueOfAnotherTypeIsAChange() {
        assertThat(diff(Map.of("target", "high"), Map.of("target", List.of("high"))))
                .containsExactly(new BasisChange("target", "high", "[\"high\"]"));
    }

    private static List<BasisChange> diff(Map<String, ?> then, Map<String, ?> now) {
        return BasisDiff.between(
                FrozenBasis.of(new Basis(then)).json(),
                FrozenBasis.of(new Basis(now)).json());
    }
}
