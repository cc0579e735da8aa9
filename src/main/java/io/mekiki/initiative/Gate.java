package io.mekiki.initiative;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The decisions that open the way out of a phase. A gate's code is the topic of the decisions that
 * satisfy it, except for the two operation gates, which stand for every decision whose topic starts
 * with their prefix (one per finding, one per contingency).
 */
public enum Gate {
    PREPARATION_SURVEY_REVIEWED(InitiativePhase.PREPARATION),
    PREPARATION_PURPOSE_APPROVED(InitiativePhase.PREPARATION),
    PREPARATION_CRITERIA_APPROVED(InitiativePhase.PREPARATION),
    PREPARATION_POLICIES_REVIEWED(InitiativePhase.PREPARATION),
    /** Required only when the trade-secret section applies to the initiative. */
    PREPARATION_TRADE_SECRET_DECIDED(InitiativePhase.PREPARATION),
    SELECTION_ADOPTION_DECIDED(InitiativePhase.SELECTION),
    SELECTION_PROVIDER_SELECTED(InitiativePhase.SELECTION),
    APPLICATION_TERMS_APPROVED(InitiativePhase.APPLICATION),
    APPLICATION_SPECIAL_ITEMS_RECONFIRMED(InitiativePhase.APPLICATION),
    OPERATION_FINDINGS_RESOLVED(InitiativePhase.OPERATION, "FINDING_", false, EnumSet.of(Move.NEXT)),
    OPERATION_CONTINGENCIES_DECIDED(InitiativePhase.OPERATION, "CONTINGENCY_", false, EnumSet.of(Move.NEXT)),
    CONTINUATION_SUPERVISION_APPROVED(InitiativePhase.CONTINUATION_TERMINATION, null, true, EnumSet.of(Move.CONTINUE)),
    CONTINUATION_DECIDED(
            InitiativePhase.CONTINUATION_TERMINATION, null, true, EnumSet.of(Move.CONTINUE, Move.TERMINATE)),
    TERMINATION_DATA_RETURNED(InitiativePhase.CONTINUATION_TERMINATION, null, false, EnumSet.of(Move.CLOSE)),
    TERMINATION_DELETION_CONFIRMED(InitiativePhase.CONTINUATION_TERMINATION, null, false, EnumSet.of(Move.CLOSE));

    private final InitiativePhase phase;
    private final @Nullable String topicPrefix;
    private final boolean yearly;
    private final Set<Move> requiredFor;

    Gate(InitiativePhase phase) {
        this(phase, null, false, EnumSet.of(Move.NEXT));
    }

    Gate(InitiativePhase phase, @Nullable String topicPrefix, boolean yearly, Set<Move> requiredFor) {
        this.phase = phase;
        this.topicPrefix = topicPrefix;
        this.yearly = yearly;
        this.requiredFor = requiredFor;
    }

    public InitiativePhase phase() {
        return phase;
    }

    /** The topic of the decisions that satisfy the gate; for a gate over many decisions, their common prefix. */
    public String topic() {
        return topicPrefix == null ? name() : topicPrefix;
    }

    /** True for a gate that stands for many decisions, one per finding or contingency. */
    public boolean coversManyDecisions() {
        return topicPrefix != null;
    }

    public boolean covers(String topic) {
        return topicPrefix == null ? name().equals(topic) : topic.startsWith(topicPrefix);
    }

    /** Decided again every year of operation: only approvals of the current year count. */
    public boolean yearly() {
        return yearly;
    }

    /** Whether the gate must be approved before the move, given what the initiative's scoping says. */
    public boolean requiredFor(Move move, InitiativePhase from, boolean tradeSecretApplies) {
        if (phase != from || !requiredFor.contains(move)) {
            return false;
        }
        return this != PREPARATION_TRADE_SECRET_DECIDED || tradeSecretApplies;
    }

    /** Whether the gate belongs to the initiative at all (the trade-secret gate only when its section applies). */
    public boolean applies(boolean tradeSecretApplies) {
        return this != PREPARATION_TRADE_SECRET_DECIDED || tradeSecretApplies;
    }

    public String messageKey() {
        return "initiative.gate." + name();
    }
}
