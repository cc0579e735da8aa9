package io.mekiki.initiative;

import static io.mekiki.initiative.GateFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InitiativeLifeCycleTests {

    @Test
    void aMoveIsRefusedWhileItsGatesAreOpenAndNothingChanges() {
        Initiative initiative = GateFixtures.initiative(false);
        List<Gate> open = List.of(Gate.PREPARATION_PURPOSE_APPROVED, Gate.PREPARATION_POLICIES_REVIEWED);

        assertThatThrownBy(() -> initiative.move(Move.NEXT, open, T0))
                .isInstanceOfSatisfying(GatesOpenException.class, refused -> {
                    assertThat(refused.openGates()).containsExactlyElementsOf(open);
                    assertThat(refused.kind()).isEqualTo(InitiativeRuleViolation.Kind.CONFLICT);
                    assertThat(refused.arguments())
                            .containsExactly("PREPARATION_PURPOSE_APPROVED, PREPARATION_POLICIES_REVIEWED");
                });
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.PREPARATION);
    }

    @Test
    void anInitiativeGoesThroughThePhasesInOrderAndStartsItsFirstYearInOperation() {
        Initiative initiative = GateFixtures.initiative(false);

        assertThat(initiative.move(Move.NEXT, List.of(), T0)).isEqualTo(InitiativePhase.PREPARATION);
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.SELECTION);
        initiative.move(Move.NEXT, List.of(), T0);
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.APPLICATION);
        assertThat(initiative.year()).isZero();
        initiative.move(Move.NEXT, List.of(), T0.plusSeconds(10));
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.OPERATION);
        assertThat(initiative.year()).isEqualTo(1);
        assertThat(initiative.yearStartedAt()).isEqualTo(T0.plusSeconds(10));
        initiative.move(Move.NEXT, List.of(), T0.plusSeconds(20));
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.CONTINUATION_TERMINATION);
        assertThat(initiative.phaseEnteredAt()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void continuingGoesBackToOperationForAnotherYear() {
        Initiative initiative = inContinuationOrTermination();

        assertThat(Move.available(initiative.phase(), initiative.branch()))
                .containsExactly(Move.CONTINUE, Move.TERMINATE);
        initiative.move(Move.CONTINUE, List.of(), T0.plusSeconds(1000));

        assertThat(initiative.phase()).isEqualTo(InitiativePhase.OPERATION);
        assertThat(initiative.year()).isEqualTo(2);
        assertThat(initiative.yearStartedAt()).isEqualTo(T0.plusSeconds(1000));
        assertThat(initiative.branch()).isNull();
    }

    @Test
    void terminationKeepsTheInitiativeInTheLastPhaseUntilItCanBeClosed() {
        Initiative initiative = inContinuationOrTermination();
        assertThatThrownBy(() -> initiative.move(Move.CLOSE, List.of(), T0))
                .as("closing needs the decision to terminate first")
                .isInstanceOf(InitiativeRuleViolation.class)
                .hasMessageContaining("initiative.error.moveNotAvailable");

        initiative.move(Move.TERMINATE, List.of(), T0);
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.CONTINUATION_TERMINATION);
        assertThat(initiative.branch()).isEqualTo(Branch.TERMINATE);
        assertThat(Move.available(initiative.phase(), initiative.branch())).containsExactly(Move.CLOSE);
        assertThatThrownBy(() -> initiative.move(Move.CONTINUE, List.of(), T0))
                .isInstanceOf(InitiativeRuleViolation.class);

        assertThatThrownBy(() -> initiative.move(Move.CLOSE, List.of(Gate.TERMINATION_DELETION_CONFIRMED), T0))
                .isInstanceOf(GatesOpenException.class);
        initiative.move(Move.CLOSE, List.of(), T0);
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.CLOSED);
        assertThat(Move.available(initiative.phase(), initiative.branch())).isEmpty();
    }

    @Test
    void aClosedInitiativeChangesNoMore() {
        Initiative initiative = inContinuationOrTermination();
        initiative.move(Move.TERMINATE, List.of(), T0);
        initiative.move(Move.CLOSE, List.of(), T0);

        assertThatThrownBy(() -> initiative.move(Move.NEXT, List.of(), T0)).isInstanceOf(InitiativeRuleViolation.class);
        assertThatThrownBy(() -> initiative.revise(initiative.version(), initiative.plan(), T0))
                .isInstanceOf(InitiativeRuleViolation.class);
    }

    @Test
    void aRequestNamesItsMoveByTheTargetPhaseOrTheBranch() {
        assertThat(Move.requested(InitiativePhase.PREPARATION, null, InitiativePhase.SELECTION, null))
                .contains(Move.NEXT);
        assertThat(Move.requested(InitiativePhase.PREPARATION, null, InitiativePhase.APPLICATION, null))
                .as("phases cannot be skipped")
                .isEmpty();
        assertThat(Move.requested(InitiativePhase.SELECTION, null, InitiativePhase.PREPARATION, null))
                .as("nor gone back")
                .isEmpty();
        assertThat(Move.requested(InitiativePhase.OPERATION, null, null, Branch.CONTINUE))
                .isEmpty();
        InitiativePhase last = InitiativePhase.CONTINUATION_TERMINATION;
        assertThat(Move.requested(last, null, null, Branch.CONTINUE)).contains(Move.CONTINUE);
        assertThat(Move.requested(last, null, InitiativePhase.OPERATION, null)).contains(Move.CONTINUE);
        assertThat(Move.requested(last, null, null, Branch.TERMINATE)).contains(Move.TERMINATE);
        assertThat(Move.requested(last, null, InitiativePhase.CLOSED, null)).isEmpty();
        assertThat(Move.requested(last, Branch.TERMINATE, InitiativePhase.CLOSED, null))
                .contains(Move.CLOSE);
    }

    @Test
    void aKpiTakesAtMostItsLimitOfMeasurements() {
        Initiative initiative = GateFixtures.initiative(false);
        InitiativePlan plan = initiative.plan();
        initiative.revise(
                initiative.version(),
                new InitiativePlan(
                        plan.title(),
                        plan.businessOwnerId(),
                        plan.purpose(),
                        plan.benefits(),
                        List.of(new InitiativePlan.KpiDefinition(null, "件数", "件", null, null)),
                        plan.assetIds(),
                        plan.serviceModel(),
                        plan.deployment(),
                        plan.dataLocations(),
                        plan.providerHeadquarters()),
                T0);
        Kpi kpi = initiative.kpis().get(0);
        LocalDate today = LocalDate.of(2026, 11, 26);
        for (int i = 0; i < Measurement.PER_KPI_MAX; i++) {
            initiative.measure(kpi.kpiId(), today.minusDays(i), BigDecimal.ONE, null, today, "Tester", T0);
        }

        assertThatThrownBy(() -> initiative.measure(kpi.kpiId(), today, BigDecimal.TEN, null, today, "Tester", T0))
                .isInstanceOfSatisfying(InitiativeRuleViolation.class, refused -> {
                    assertThat(refused.messageCode()).isEqualTo("initiative.error.tooManyMeasurements");
                    assertThat(refused.kind()).isEqualTo(InitiativeRuleViolation.Kind.CONFLICT);
                });
        assertThat(initiative.measurementsOf(kpi.kpiId())).hasSize(Measurement.PER_KPI_MAX);
    }

    @Test
    void aPlanWithMoreAssetsOrLocationsThanTheBasisAllowsIsRefused() {
        Initiative initiative = GateFixtures.initiative(false);
        InitiativePlan plan = initiative.plan();
        Set<UUID> tooManyAssets = new HashSet<>();
        for (int i = 0; i <= InitiativePlan.ASSETS_MAX; i++) {
            tooManyAssets.add(UUID.randomUUID());
        }
        InitiativePlan withTooManyAssets = new InitiativePlan(
                plan.title(),
                plan.businessOwnerId(),
                plan.purpose(),
                plan.benefits(),
                plan.kpis(),
                tooManyAssets,
                plan.serviceModel(),
                plan.deployment(),
                plan.dataLocations(),
                plan.providerHeadquarters());

        assertThatThrownBy(() -> Initiative.checked(withTooManyAssets))
                .isInstanceOfSatisfying(
                        InitiativeRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("assetIds"));
    }

    @Test
    void aMeasurementNeedsAKpiOfTheInitiativeAndADateThatHasCome() {
        Initiative initiative = GateFixtures.initiative(false);
        InitiativePlan plan = initiative.plan();
        InitiativePlan withKpi = new InitiativePlan(
                plan.title(),
                plan.businessOwnerId(),
                plan.purpose(),
                plan.benefits(),
                List.of(new InitiativePlan.KpiDefinition(
                        null, "処理時間", "分", new BigDecimal("30"), new BigDecimal("10.0"))),
                plan.assetIds(),
                plan.serviceModel(),
                plan.deployment(),
                plan.dataLocations(),
                plan.providerHeadquarters());
        initiative.revise(initiative.version(), withKpi, T0);
        Kpi kpi = initiative.kpis().get(0);
        assertThat(kpi.target()).isEqualByComparingTo("10");

        LocalDate today = LocalDate.of(2026, 11, 26);
        initiative.measure(kpi.kpiId(), today, new BigDecimal("25"), "初月", today, "Tester", T0);
        assertThat(initiative.measurementsOf(kpi.kpiId())).hasSize(1);
        assertThatThrownBy(() ->
                        initiative.measure(kpi.kpiId(), today.plusDays(1), BigDecimal.ONE, null, today, "Tester", T0))
                .isInstanceOf(InitiativeRuleViolation.class)
                .hasMessageContaining("initiative.error.measuredInFuture");
        assertThatThrownBy(
                        () -> initiative.measure(UUID.randomUUID(), today, BigDecimal.ONE, null, today, "Tester", T0))
                .isInstanceOf(io.mekiki.shared.NotFoundException.class);

        InitiativePlan withoutKpi = new InitiativePlan(
                plan.title(),
                plan.businessOwnerId(),
                plan.purpose(),
                plan.benefits(),
                List.of(),
                plan.assetIds(),
                plan.serviceModel(),
                plan.deployment(),
                plan.dataLocations(),
                plan.providerHeadquarters());
        assertThatThrownBy(() -> initiative.revise(initiative.version(), withoutKpi, T0))
                .as("a KPI with measurements stays")
                .hasMessageContaining("initiative.error.kpiHasMeasurements");
    }

    @Test
    void thePlanIsCheckedBeforeAnythingIsKept() {
        Initiative initiative = GateFixtures.initiative(false);
        InitiativePlan plan = initiative.plan();

        assertThatThrownBy(() -> initiative.revise(
                        initiative.version(),
                        new InitiativePlan(
                                " ",
                                plan.businessOwnerId(),
                                null,
                                null,
                                List.of(),
                                plan.assetIds(),
                                null,
                                null,
                                List.of(),
                                null),
                        T0))
                .isInstanceOfSatisfying(
                        InitiativeRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("title"));
        assertThatThrownBy(() -> initiative.revise(
                        initiative.version(),
                        new InitiativePlan(
                                "Title",
                                plan.businessOwnerId(),
                                null,
                                null,
                                List.of(),
                                plan.assetIds(),
                                null,
                                null,
                                List.of("jp", "XX"),
                                null),
                        T0))
                .isInstanceOfSatisfying(
                        InitiativeRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("dataLocations[1]"));
        assertThatThrownBy(() -> initiative.revise(7L, plan, T0))
                .isInstanceOfSatisfying(
                        InitiativeRuleViolation.class,
                        refused -> assertThat(refused.isStale()).isTrue());
        assertThat(initiative.title()).isEqualTo("経費精算SaaS");

        assertThat(Initiative.checked(new InitiativePlan(
                                "Title",
                                plan.businessOwnerId(),
                                null,
                                null,
                                List.of(),
                                plan.assetIds(),
                                null,
                                null,
                                List.of(" us", "JP", "US"),
                                "sg"))
                        .dataLocations())
                .containsExactly("JP", "US");
    }

    private static Initiative inContinuationOrTermination() {
        Initiative initiative = GateFixtures.initiative(false);
        for (int i = 0; i < 4; i++) {
            initiative.move(Move.NEXT, List.of(), T0);
        }
        assertThat(initiative.phase()).isEqualTo(InitiativePhase.CONTINUATION_TERMINATION);
        return initiative;
    }
}
