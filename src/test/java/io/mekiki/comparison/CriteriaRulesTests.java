package io.mekiki.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a criteria set must be to be saved, each refusal naming its field. */
class CriteriaRulesTests {

    @Test
    void aSetWhoseWeightsSumTo100IsKeptWithItsIdsWhenTheyAreTheSets() {
        UUID kept = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        List<Criterion> criteria = CriteriaRules.check(
                List.of(
                        new CriterionInput(
                                kept, " Security ", "INFORMATION_SECURITY", 60, 1, 5, List.of("a", "b", "c", "d", "e")),
                        new CriterionInput(foreign, "Cost", "COST", 40, 0, 2, null)),
                Set.of(kept));
        assertThat(criteria.get(0).id()).isEqualTo(kept);
        assertThat(criteria.get(0).name()).isEqualTo("Security");
        assertThat(criteria.get(0).step(3)).isEqualTo("c");
        assertThat(criteria.get(1).id())
                .as("an id that is not the set's is not taken over")
                .isNotEqualTo(foreign);
        assertThat(criteria.get(1).steps()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // what is wrong            | name         | group   | weight | min | max | field
                "weights sum to 90          | Security     | COST    | 50     | 1   | 5   | weights",
                "no name                    | ' '          | COST    | 60     | 1   | 5   | criteria[0].name",
                "unknown group              | Security     | LUCK    | 60     | 1   | 5   | criteria[0].group",
                "weight 0                   | Security     | COST    | 0      | 1   | 5   | criteria[0].weight",
                "negative lowest score      | Security     | COST    | 60     | -1  | 5   | criteria[0].scaleMin",
                "highest not above lowest   | Security     | COST    | 60     | 3   | 3   | criteria[0].scaleMax",
                "more than ten steps        | Security     | COST    | 60     | 0   | 11  | criteria[0].scaleMax",
            })
    void aBrokenRuleIsRefusedNamingItsField(
            String what, String name, String group, int weight, int min, int max, String field) {
        List<CriterionInput> inputs = new ArrayList<>();
        inputs.add(new CriterionInput(null, name, group, weight, min, max, List.of()));
        inputs.add(new CriterionInput(null, "Terms", "TERMS_OF_USE", 40, 1, 5, List.of()));
        assertThatThrownBy(() -> CriteriaRules.check(inputs, Set.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.field()).as(what).isEqualTo(field));
    }

    @Test
    void stepsAreAllDescribedOrNoneAndNamesAreUniqueAndBounded() {
        assertThatThrownBy(() -> CriteriaRules.check(
                        List.of(new CriterionInput(null, "A", "COST", 100, 1, 5, List.of("only", "two"))), Set.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("criteria[0].steps"));
        assertThatThrownBy(() -> CriteriaRules.check(
                        List.of(
                                new CriterionInput(null, "A", "COST", 50, 1, 5, null),
                                new CriterionInput(null, "A", "COST", 50, 1, 5, null)),
                        Set.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("criteria[1].name"));
        assertThatThrownBy(() -> CriteriaRules.check(
                        List.of(new CriterionInput(null, "x".repeat(101), "COST", 100, 1, 5, null)), Set.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("criteria[0].name"));
        assertThatThrownBy(() -> CriteriaRules.check(List.of(), Set.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("criteria"));
    }

    @Test
    void theStartingSetSumsTo100WithOneCriterionPerGroup() {
        assertThat(Comparisons.STARTER.stream()
                        .mapToInt(Comparisons.Starter::weight)
                        .sum())
                .isEqualTo(100);
        assertThat(Comparisons.STARTER.stream().map(Comparisons.Starter::group))
                .containsExactlyInAnyOrder(CriterionGroup.values());
    }
}
