package io.mekiki.initiative;

import static io.mekiki.initiative.GateFixtures.T0;
import static io.mekiki.initiative.GateFixtures.approved;
import static io.mekiki.initiative.GateFixtures.decided;
import static io.mekiki.initiative.GateFixtures.requested;
import static io.mekiki.initiative.GateFixtures.staleApproval;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateRulesTests {

    private static final Gate PURPOSE = Gate.PREPARATION_PURPOSE_APPROVED;

    @Test
    void eachPhaseRequiresItsOwnGates() {
        assertThat(GateRules.required(Move.NEXT, InitiativePhase.PREPARATION, false))
                .containsExactly(
                        Gate.PREPARATION_SURVEY_REVIEWED,
                        Gate.PREPARATION_PURPOSE_APPROVED,
                        Gate.PREPARATION_CRITERIA_APPROVED,
                        Gate.PREPARATION_POLICIES_REVIEWED);
        assertThat(GateRules.required(Move.NEXT, InitiativePhase.SELECTION, false))
                .containsExactly(Gate.SELECTION_ADOPTION_DECIDED, Gate.SELECTION_PROVIDER_SELECTED);
        assertThat(GateRules.required(Move.NEXT, InitiativePhase.APPLICATION, false))
                .containsExactly(Gate.APPLICATION_TERMS_APPROVED, Gate.APPLICATION_SPECIAL_ITEMS_RECONFIRMED);
        assertThat(GateRules.required(Move.NEXT, InitiativePhase.OPERATION, false))
                .containsExactly(Gate.OPERATION_FINDINGS_RESOLVED, Gate.OPERATION_CONTINGENCIES_DECIDED);
        assertThat(GateRules.required(Move.CONTINUE, InitiativePhase.CONTINUATION_TERMINATION, false))
                .containsExactly(Gate.CONTINUATION_SUPERVISION_APPROVED, Gate.CONTINUATION_DECIDED);
        assertThat(GateRules.required(Move.TERMINATE, InitiativePhase.CONTINUATION_TERMINATION, false))
                .containsExactly(Gate.CONTINUATION_DECIDED);
        assertThat(GateRules.required(Move.CLOSE, InitiativePhase.CONTINUATION_TERMINATION, false))
                .containsExactly(Gate.TERMINATION_DATA_RETURNED, Gate.TERMINATION_DELETION_CONFIRMED);
    }

    @Test
    void theTradeSecretDecisionIsRequiredOnlyWhenTheTradeSecretSectionApplies() {
        assertThat(GateRules.required(Move.NEXT, InitiativePhase.PREPARATION, true))
                .contains(Gate.PREPARATION_TRADE_SECRET_DECIDED)
                .hasSize(5);
        assertThat(GateRules.required(Move.NEXT, InitiativePhase.PREPARATION, false))
                .doesNotContain(Gate.PREPARATION_TRADE_SECRET_DECIDED);
        assertThat(Gate.PREPARATION_TRADE_SECRET_DECIDED.applies(false)).isFalse();
        assertThat(Gate.PREPARATION_TRADE_SECRET_DECIDED.applies(true)).isTrue();
    }

    @Test
    void aGateIsOpenUntilAnExecutiveApproves() {
        assertThat(state(List.of())).isEqualTo(GateState.OPEN);

        Decision waiting = requested(PURPOSE.topic(), T0);
        GateStatus whileWaiting = GateRules.evaluate(PURPOSE, List.of(waiting), null);
        assertThat(whileWaiting.state()).isEqualTo(GateState.WAITING);
        assertThat(whileWaiting.waiting()).containsExactly(waiting);
        assertThat(whileWaiting.nextActor()).isEqualTo(GateStatus.Actor.EXECUTIVE);

        Decision rejected = decided(PURPOSE.topic(), T0, DecisionOutcome.REJECTED);
        GateStatus afterRejection = GateRules.evaluate(PURPOSE, List.of(rejected), null);
        assertThat(afterRejection.state()).isEqualTo(GateState.OPEN);
        assertThat(afterRejection.notApproved()).containsExactly(rejected);
        assertThat(afterRejection.nextActor()).isEqualTo(GateStatus.Actor.REQUESTER);
        assertThat(state(List.of(decided(PURPOSE.topic(), T0, DecisionOutcome.RETURNED))))
                .isEqualTo(GateState.OPEN);

        assertThat(state(List.of(rejected, approved(PURPOSE.topic(), T0.plusSeconds(60)))))
                .isEqualTo(GateState.APPROVED);
        assertThat(state(List.of(decided(PURPOSE.topic(), T0, DecisionOutcome.APPROVED_WITH_CONDITIONS))))
                .isEqualTo(GateState.APPROVED);
    }

    @Test
    void decisionsOnOtherTopicsDoNotCount() {
        assertThat(state(List.of(approved(Gate.PREPARATION_SURVEY_REVIEWED.topic(), T0))))
                .isEqualTo(GateState.OPEN);
    }

    @Test
    void aStaleApprovalReopensItsGateUntilANewDecisionIsMadeOnTheCurrentBasis() {
        Decision stale = staleApproval(PURPOSE.topic(), T0);
        GateStatus reopened = GateRules.evaluate(PURPOSE, List.of(stale), null);
        assertThat(reopened.state()).isEqualTo(GateState.STALE);
        assertThat(reopened.satisfied()).isFalse();
        assertThat(reopened.stale()).containsExactly(stale);
        assertThat(reopened.staleSince()).isEqualTo(stale.staleSince());
        assertThat(reopened.nextActor()).isEqualTo(GateStatus.Actor.REQUESTER);

        Decision again = requested(PURPOSE.topic(), T0.plusSeconds(7200));
        assertThat(state(List.of(stale, again))).isEqualTo(GateState.WAITING);

        Decision fresh = approved(PURPOSE.topic(), T0.plusSeconds(9000));
        assertThat(state(List.of(stale, fresh))).isEqualTo(GateState.APPROVED);
    }

    @Test
    void findingsAndContingenciesHoldTheGateWhileAnyIsWaitingOrNotApproved() {
        Gate findings = Gate.OPERATION_FINDINGS_RESOLVED;
        assertThat(GateRules.evaluate(findings, List.of(), null).state())
                .as("no finding at all")
                .isEqualTo(GateState.APPROVED);

        Decision first = approved("FINDING_OUTAGE_0412", T0);
        Decision second = requested("FINDING_LATE_REPORT", T0.plusSeconds(60));
        GateStatus waiting = GateRules.evaluate(findings, List.of(first, second), null);
        assertThat(waiting.state()).isEqualTo(GateState.WAITING);
        assertThat(waiting.waiting()).containsExactly(second);

        Decision rejected = decided("FINDING_LATE_REPORT", T0.plusSeconds(120), DecisionOutcome.REJECTED);
        assertThat(GateRules.evaluate(findings, List.of(first, rejected), null).state())
                .isEqualTo(GateState.OPEN);

        Decision approvedLater = approved("FINDING_LATE_REPORT", T0.plusSeconds(180));
        assertThat(GateRules.evaluate(findings, List.of(first, rejected, approvedLater), null)
                        .state())
                .isEqualTo(GateState.APPROVED);

        assertThat(GateRules.evaluate(findings, List.of(staleApproval("FINDING_OUTAGE_0412", T0)), null)
                        .state())
                .isEqualTo(GateState.STALE);
        assertThat(GateRules.evaluate(
                                Gate.OPERATION_CONTINGENCIES_DECIDED,
                                List.of(requested("FINDING_OUTAGE_0412", T0)),
                                null)
                        .state())
                .as("a finding does not hold the contingency gate")
                .isEqualTo(GateState.APPROVED);
        assertThat(GateRules.evaluate(
                                Gate.OPERATION_CONTINGENCIES_DECIDED,
                                List.of(requested("CONTINGENCY_EARTHQUAKE", T0)),
                                null)
                        .state())
                .isEqualTo(GateState.WAITING);
    }

    @Test
    void theYearlyGatesCountOnlyApprovalsOfTheCurrentYear() {
        Instant lastYear = T0;
        Instant thisYearBegan = T0.plusSeconds(365L * 24 * 3600);
        Decision old = approved(Gate.CONTINUATION_DECIDED.topic(), lastYear);

        assertThat(GateRules.evaluate(Gate.CONTINUATION_DECIDED, List.of(old), thisYearBegan)
                        .state())
                .isEqualTo(GateState.OPEN);
        assertThat(GateRules.evaluate(Gate.CONTINUATION_DECIDED, List.of(old), null)
                        .state())
                .isEqualTo(GateState.APPROVED);
        assertThat(GateRules.evaluate(
                                Gate.CONTINUATION_DECIDED,
                                List.of(
                                        old,
                                        approved(Gate.CONTINUATION_DECIDED.topic(), thisYearBegan.plusSeconds(60))),
                                thisYearBegan)
                        .state())
                .isEqualTo(GateState.APPROVED);
        assertThat(GateRules.evaluate(PURPOSE, List.of(approved(PURPOSE.topic(), lastYear)), thisYearBegan)
                        .state())
                .as("gates decided once are not yearly")
                .isEqualTo(GateState.APPROVED);
    }

    @Test
    void onlyTheGatesNotApprovedHoldAMoveBack() {
        List<Decision> decisions = List.of(
                approved(Gate.PREPARATION_SURVEY_REVIEWED.topic(), T0),
                approved(PURPOSE.topic(), T0),
                requested(Gate.PREPARATION_CRITERIA_APPROVED.topic(), T0),
                staleApproval(Gate.PREPARATION_POLICIES_REVIEWED.topic(), T0));

        assertThat(GateRules.holdingBack(
                        Move.NEXT, InitiativePhase.PREPARATION, true, GateRules.evaluate(decisions, null)))
                .containsExactly(
                        Gate.PREPARATION_CRITERIA_APPROVED,
                        Gate.PREPARATION_POLICIES_REVIEWED,
                        Gate.PREPARATION_TRADE_SECRET_DECIDED);
    }

    @Test
    void anUnmetConditionHoldsAMoveBackThroughAGateOverManyDecisionsOnly() {
        Map<Gate, GateStatus> statuses = new EnumMap<>(GateRules.evaluate(List.of(), null));
        GateCondition unmet = GateCondition.unmet(
                "SIGNIFICANT_FINDING_OF1",
                "operationFinding.condition.decided",
                GateCondition.NextStep.of(GateCondition.Party.PLANNER, "operationFinding.condition.act.request"));
        statuses.put(
                Gate.OPERATION_FINDINGS_RESOLVED,
                statuses.get(Gate.OPERATION_FINDINGS_RESOLVED).withConditions(List.of(unmet)));

        assertThat(statuses.get(Gate.OPERATION_FINDINGS_RESOLVED).state())
                .as("no decision on the gate waits or failed")
                .isEqualTo(GateState.APPROVED);
        assertThat(statuses.get(Gate.OPERATION_FINDINGS_RESOLVED).nextActor()).isEqualTo(GateStatus.Actor.CONDITIONS);
        assertThat(GateRules.holdingBack(Move.NEXT, InitiativePhase.OPERATION, false, statuses))
                .containsExactly(Gate.OPERATION_FINDINGS_RESOLVED);

        statuses.put(
                Gate.OPERATION_FINDINGS_RESOLVED,
                statuses.get(Gate.OPERATION_FINDINGS_RESOLVED)
                        .withConditions(List.of(
                                GateCondition.met("SIGNIFICANT_FINDING_OF1", "operationFinding.condition.decided"))));
        assertThat(GateRules.holdingBack(Move.NEXT, InitiativePhase.OPERATION, false, statuses))
                .isEmpty();

        // a gate over one decision is held by its approval, not by its conditions (they gate the request)
        List<Decision> approvals = List.of(
                approved(Gate.APPLICATION_TERMS_APPROVED.topic(), T0),
                approved(Gate.APPLICATION_SPECIAL_ITEMS_RECONFIRMED.topic(), T0));
        Map<Gate, GateStatus> application = new EnumMap<>(GateRules.evaluate(approvals, null));
        application.put(
                Gate.APPLICATION_TERMS_APPROVED,
                application.get(Gate.APPLICATION_TERMS_APPROVED).withConditions(List.of(unmet)));
        assertThat(GateRules.holdingBack(Move.NEXT, InitiativePhase.APPLICATION, false, application))
                .isEmpty();
    }

    private static GateState state(List<Decision> decisions) {
        return GateRules.evaluate(PURPOSE, decisions, null).state();
    }
}
