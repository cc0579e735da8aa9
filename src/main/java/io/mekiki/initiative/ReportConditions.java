package io.mekiki.initiative;

import io.mekiki.initiative.GateCondition.NextStep;
import io.mekiki.initiative.GateCondition.Party;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.Instructions;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first contributor to the gates, kept in this module because instructions are already below it: a
 * gate of preparation or selection for which the guide has an instruction needs a report on an
 * instruction for that gate accepted before its decision can be requested (ADR 020). Who acts next
 * follows the instruction: none yet, an executive issues it; open, its assignee reports; reported, the
 * executive who issued it reviews the report.
 */
@Component
@Order(0)
class ReportConditions implements GateContributions {

    /** The code of the condition, the same on every gate that has it. */
    static final String REPORT_ACCEPTED = "REPORT_ACCEPTED";

    private final Instructions instructions;

    ReportConditions(Instructions instructions) {
        this.instructions = instructions;
    }

    /** Instructions, their reports and reviews are recorded in the ledger; names never change; templates are the guide's. */
    @Override
    public boolean followsLedger() {
        return true;
    }

    /** The gates that rest on a report: those of preparation and selection the guide's templates prepare. */
    Set<Gate> gatesWithReports() {
        return instructions.templates().stream()
                .map(InstructionTemplate::gateTopic)
                .flatMap(topic -> GateFacts.gate(topic == null ? "" : topic).stream())
                .filter(gate ->
                        gate.phase() == InitiativePhase.PREPARATION || gate.phase() == InitiativePhase.SELECTION)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Gate.class)));
    }

    @Override
    public Map<Gate, List<GateCondition>> conditions(GateSubject initiative) {
        return conditions(
                gatesWithReports(),
                instructions.ofSubject(
                        initiative.organizationId(), InitiativeChange.INITIATIVE, initiative.initiativeId()));
    }

    /** One statement for the instructions on all the initiatives. */
    @Override
    public Map<UUID, Map<Gate, List<GateCondition>>> conditions(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, List<Instruction>> bySubject = instructions
                .ofSubjects(
                        organizationId,
                        InitiativeChange.INITIATIVE,
                        initiatives.stream().map(GateSubject::initiativeId).toList())
                .stream()
                .collect(Collectors.groupingBy(Instruction::subjectId));
        Set<Gate> gates = gatesWithReports();
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        for (GateSubject initiative : initiatives) {
            all.put(
                    initiative.initiativeId(),
                    conditions(gates, bySubject.getOrDefault(initiative.initiativeId(), List.of())));
        }
        return all;
    }

    private static Map<Gate, List<GateCondition>> conditions(Set<Gate> gates, List<Instruction> onInitiative) {
        Map<Gate, List<GateCondition>> conditions = new EnumMap<>(Gate.class);
        for (Gate gate : gates) {
            List<Instruction> forGate = onInitiative.stream()
                    .filter(instruction -> gate.topic().equals(instruction.gateTopic()))
                    .toList();
            conditions.put(gate, List.of(condition(gate, forGate)));
        }
        return conditions;
    }

    static GateCondition condition(Gate gate, List<Instruction> forGate) {
        String label = "initiative.condition.report." + gate.name();
        if (forGate.stream().anyMatch(instruction -> instruction.status() == InstructionStatus.ACCEPTED)) {
            return GateCondition.met(REPORT_ACCEPTED, label);
        }
        Optional<Instruction> reported = forGate.stream()
                .filter(instruction -> instruction.status() == InstructionStatus.REPORTED)
                .min(Comparator.comparing(Instruction::issuedAt));
        if (reported.isPresent()) {
            return GateCondition.unmet(
                    REPORT_ACCEPTED,
                    label,
                    NextStep.of(Party.EXECUTIVE, reported.get().issuedByName(), "initiative.condition.act.review"));
        }
        Optional<Instruction> open = forGate.stream()
                .filter(instruction -> instruction.status() == InstructionStatus.OPEN)
                .min(Comparator.comparing(Instruction::dueDate));
        if (open.isPresent()) {
            return GateCondition.unmet(
                    REPORT_ACCEPTED,
                    label,
                    NextStep.of(Party.ASSIGNEE, open.get().assigneeName(), "initiative.condition.act.report"));
        }
        return GateCondition.unmet(
                REPORT_ACCEPTED, label, NextStep.of(Party.EXECUTIVE, "initiative.condition.act.issue"));
    }
}
