package io.mekiki.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the initiative's own facts each gate rests on, by part (ADR 020):
 *
 * <ul>
 *   <li>{@link Part#PLAN}: purpose, benefits, KPI definitions;
 *   <li>{@link Part#ASSETS}: the assets in scope and their categories;
 *   <li>{@link Part#SCOPING}: the catalogue release, the sections and items that apply, and the planned
 *       service they were computed from (model, deployment, data locations, provider's country).
 * </ul>
 *
 * The survey rests on the assets alone, the purpose gate on the plan alone, so that rewording a KPI leaves
 * the survey and the policy review current while moving data to another country stales every gate that
 * rests on the scoping. In selection the candidates' own scopings come in from the module that keeps them.
 */
final class GateFacts {

    /** A part of the initiative's own facts. */
    enum Part {
        PLAN("purpose", "benefits", "kpis"),
        ASSETS("assets"),
        SCOPING(
                "catalogRelease",
                "applicableSections",
                "applicableItems",
                "serviceModel",
                "deployment",
                "dataLocations",
                "providerHeadquarters",
                "nonResidentAccess");

        private final List<String> keys;

        Part(String... keys) {
            this.keys = List.of(keys);
        }

        List<String> keys() {
            return keys;
        }
    }

    private GateFacts() {}

    static Set<Part> partsOf(Gate gate) {
        return switch (gate) {
            case PREPARATION_SURVEY_REVIEWED -> EnumSet.of(Part.ASSETS);
            case PREPARATION_PURPOSE_APPROVED -> EnumSet.of(Part.PLAN);
            // the criteria and checklist are drawn from the survey, the purpose and what applies
            case PREPARATION_CRITERIA_APPROVED, SELECTION_ADOPTION_DECIDED, CONTINUATION_DECIDED ->
                EnumSet.allOf(Part.class);
            // rules, secrets, terms and supervision follow from what is entrusted and what applies
            case PREPARATION_POLICIES_REVIEWED,
                    PREPARATION_TRADE_SECRET_DECIDED,
                    SELECTION_PROVIDER_SELECTED,
                    APPLICATION_TERMS_APPROVED,
                    OPERATION_FINDINGS_RESOLVED,
                    OPERATION_CONTINGENCIES_DECIDED,
                    CONTINUATION_SUPERVISION_APPROVED,
                    TERMINATION_DATA_RETURNED,
                    TERMINATION_DELETION_CONFIRMED -> EnumSet.of(Part.ASSETS, Part.SCOPING);
            case APPLICATION_SPECIAL_ITEMS_RECONFIRMED -> EnumSet.of(Part.SCOPING);
        };
    }

    /** The keys of the initiative's facts the gate rests on, in the order of the parts. */
    static List<String> keysOf(Gate gate) {
        List<String> keys = new ArrayList<>();
        partsOf(gate).forEach(part -> keys.addAll(part.keys()));
        return keys;
    }

    static Optional<Gate> gate(String topic) {
        return Arrays.stream(Gate.values()).filter(gate -> gate.covers(topic)).findFirst();
    }
}
