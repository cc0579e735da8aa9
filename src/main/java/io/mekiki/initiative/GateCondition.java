package io.mekiki.initiative;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that must hold before the decision of a gate can be requested, as a module that owns the
 * work states it (e.g. "the survey report is accepted", "at least one candidate").
 *
 * @param code stable, unique within the gate, e.g. {@code REPORT_ACCEPTED} or {@code CANDIDATE_PRESENT};
 *     clients rely on it
 * @param labelKey message key of the condition's label (both bundles), e.g. {@code candidate.condition.present}
 * @param labelArguments arguments of the label, already readable in any language (names, counts), or none
 * @param met whether it holds now
 * @param who who has to act next for it to hold; null when it is met
 */
public record GateCondition(
        String code,
        String labelKey,
        List<String> labelArguments,
        boolean met,
        @Nullable NextStep who) {

    public GateCondition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelKey, "labelKey");
        labelArguments = labelArguments == null ? List.of() : List.copyOf(labelArguments);
        if (met) {
            who = null;
        }
    }

    /** A condition that holds. */
    public static GateCondition met(String code, String labelKey, String... labelArguments) {
        return new GateCondition(code, labelKey, List.of(labelArguments), true, null);
    }

    /** A condition that does not hold yet, with who acts next. */
    public static GateCondition unmet(String code, String labelKey, NextStep who, String... labelArguments) {
        return new GateCondition(code, labelKey, List.of(labelArguments), false, Objects.requireNonNull(who, "who"));
    }

    /**
     * Who acts next and what they do, e.g. "executive: issue the instruction", "assignee Sato: report",
     * "executive Tanaka: review the report".
     *
     * @param party the role (or the assignee) that acts
     * @param name the person who acts, when one is known; null when anyone in the role may
     * @param actionKey message key of what they do (both bundles), e.g. {@code initiative.condition.act.report}
     */
    public record NextStep(Party party, @Nullable String name, String actionKey) {

        public NextStep {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(actionKey, "actionKey");
        }

        public static NextStep of(Party party, String actionKey) {
            return new NextStep(party, null, actionKey);
        }

        public static NextStep of(Party party, @Nullable String name, String actionKey) {
            return new NextStep(party, name == null || name.isBlank() ? null : name, actionKey);
        }

        /** Message key of the party's name, e.g. {@code initiative.condition.party.EXECUTIVE}. */
        public String partyKey() {
            return "initiative.condition.party." + party.name();
        }
    }

    /** Who can act on a condition. */
    public enum Party {
        EXECUTIVE,
        /** The person an instruction is assigned to. */
        ASSIGNEE,
        RISK_OFFICER,
        BUSINESS_OWNER,
        /** A risk officer or business owner: whoever plans the initiative. */
        PLANNER
    }
}
