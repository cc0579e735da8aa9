package io.mekiki.comparison;

import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a criteria set must be to be saved: 1 to {@value Comparisons#CRITERIA_MAX} criteria, each named (at
 * most {@value Comparisons#NAME_MAX} characters, names unique), in a group, weighted 1–100, on a scale of
 * whole numbers from 0 up to at most 100 spanning 1 to {@value Comparisons#SCALE_STEPS_MAX} steps, with
 * either no step described or every step; the weights sum to 100. The first rule broken is refused, naming
 * its field.
 */
final class CriteriaRules {

    private CriteriaRules() {}

    /**
     * The criteria as they will be stored; an id that is not one of {@code known} (the set's now) is
     * replaced by a new one, so that a set never takes over another initiative's criterion.
     */
    static List<Criterion> check(List<CriterionInput> inputs, Set<UUID> known) {
        if (inputs.isEmpty() || inputs.size() > Comparisons.CRITERIA_MAX) {
            throw refused("criteria", "comparison.error.criteriaCount", Comparisons.CRITERIA_MAX);
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            CriterionInput input = inputs.get(i);
            String field = "criteria[" + i + "].";
            String name = input.name() == null ? "" : input.name().strip();
            if (name.isEmpty()) {
                throw refused(field + "name", "comparison.error.nameRequired");
            }
            if (name.length() > Comparisons.NAME_MAX) {
                throw refused(field + "name", "comparison.error.tooLong", Comparisons.NAME_MAX);
            }
            if (!names.add(name)) {
                throw refused(field + "name", "comparison.error.nameTwice", name);
            }
            CriterionGroup group;
            try {
                group = CriterionGroup.valueOf(
                        input.group() == null ? "" : input.group().strip());
            } catch (IllegalArgumentException outside) {
                throw refused(field + "group", "comparison.error.notInList", groups());
            }
            if (input.weight() == null || input.weight() < 1 || input.weight() > 100) {
                throw refused(field + "weight", "comparison.error.weight");
            }
            if (input.scaleMin() == null || input.scaleMin() < 0) {
                throw refused(field + "scaleMin", "comparison.error.scale", Comparisons.SCALE_STEPS_MAX);
            }
            if (input.scaleMax() == null
                    || input.scaleMax() <= input.scaleMin()
                    || input.scaleMax() > 100
                    || input.scaleMax() - input.scaleMin() > Comparisons.SCALE_STEPS_MAX) {
                throw refused(field + "scaleMax", "comparison.error.scale", Comparisons.SCALE_STEPS_MAX);
            }
            List<String> steps = input.steps() == null
                    ? List.of()
                    : input.steps().stream()
                            .map(step -> step == null ? "" : step.strip())
                            .toList();
            if (steps.stream().allMatch(String::isEmpty)) {
                steps = List.of();
            }
            int size = input.scaleMax() - input.scaleMin() + 1;
            if (!steps.isEmpty() && steps.size() != size) {
                throw refused(field + "steps", "comparison.error.steps", size);
            }
            if (steps.stream().anyMatch(step -> step.length() > Comparisons.STEP_MAX)) {
                throw refused(field + "steps", "comparison.error.tooLong", Comparisons.STEP_MAX);
            }
            UUID id = input.id() != null && known.contains(input.id()) && ids.add(input.id())
                    ? input.id()
                    : UUID.randomUUID();
            criteria.add(new Criterion(id, name, group, input.weight(), input.scaleMin(), input.scaleMax(), steps));
        }
        int total = criteria.stream().mapToInt(Criterion::weight).sum();
        if (total != 100) {
            throw refused("weights", "comparison.error.weightsSum", total);
        }
        return criteria;
    }

    private static String groups() {
        return String.join(
                ", ",
                java.util.Arrays.stream(CriterionGroup.values()).map(Enum::name).toList());
    }

    private static RuleViolationException refused(String field, String code, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, field, code, arguments);
    }
}
