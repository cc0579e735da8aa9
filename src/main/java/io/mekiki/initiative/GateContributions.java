package io.mekiki.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented (as a Spring bean) by a module whose work a gate rests on, so that this module can ask for
 * it without depending on that module: the conditions the module sets on a gate, and the facts of its own
 * that the gate's decision is made on (the gate's basis). Every bean is asked; gates a module has nothing
 * to say about are left out of its answer. Called inside the caller's read transaction; answer from the
 * module's own tables, quickly (the initiative page asks for every gate at once).
 *
 * <p>When facts a module contributes change (e.g. a candidate's scoping), the module calls {@link
 * Initiatives#gateFactsChanged(java.util.UUID, java.util.UUID, io.mekiki.shared.Actor)} in the same
 * transaction, so that the approvals resting on those facts become stale and only those, and each condition
 * its change met for the first time is told once as {@link GateConditionMet}.
 *
 * <p>Reads ({@link #conditions}) may be kept between requests when the module says so ({@link
 * #followsLedger()}); see there and ADR 019 (extension i7-speed).
 *
 * <p>See ADR 020 and ADR 026.
 */
public interface GateContributions {

    /**
     * The conditions this module sets on the initiative's gates, per gate, each list in the order a reader
     * expects them. A gate's decision can be requested only when every condition of every module holds.
     */
    default Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        return Map.of();
    }

    /**
     * The conditions of several initiatives of one organisation at once, by initiative, for lists (the
     * risk officer's home, the initiatives list). The default asks {@link #conditions(GateSubject)} for
     * each; a module that reads its own tables answers with one statement for all of them.
     */
    default Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        initiatives.forEach(initiative -> all.put(initiative.initiativeId(), conditions(initiative)));
        return all;
    }

    /**
     * True when this module's conditions of an initiative follow only from facts of the initiative's
     * organisation whose every change is written to the audit ledger in the same transaction (an {@code
     * Auditable} event), and from what never changes (messages, catalogue releases, the guide's templates):
     * then {@link GateConditions} keeps the answer per initiative, its phase and the organisation's ledger
     * head, and asks again as soon as anything is recorded in the organisation's ledger. A module whose
     * conditions depend on anything else (the time, a setting, a change written without a ledger entry)
     * answers false, the default: it is asked on every read. One whose conditions depend on the date as well
     * says so with {@link #followsTheDay()}.
     */
    default boolean followsLedger() {
        return false;
    }

    /**
     * True when this module's conditions, besides what {@link #followsLedger()} promises, depend on the
     * organisation's today (its calendar, {@code OrganizationTime.today}) and on nothing else: e.g. whether a
     * contract is within its term. Then what is kept is kept per the organisation's day as well, and the module
     * is asked again when the day turns (ADR 048). Meaningful only with {@link #followsLedger()}.
     */
    default boolean followsTheDay() {
        return false;
    }

    /**
     * The facts of this module the gate's decision is made on, under keys no other module uses (e.g.
     * {@code candidates}); values are texts, whole numbers, booleans, lists and maps of those. Written as
     * canonical JSON into the gate's basis: any change of them makes the gate's approval stale. Empty when
     * the gate does not rest on this module's facts.
     */
    default Map<String, Object> facts(GateSubject initiative, Gate gate) {
        return Map.of();
    }
}
