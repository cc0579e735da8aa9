package io.mekiki.notification.internal;

import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionDecided;
import io.mekiki.decision.DecisionRequested;
import io.mekiki.decision.Decisions;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.instruction.InstructionIssued;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.ReportSentBack;
import io.mekiki.notification.MailCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people of what happened to their work, in the bell and by mail (ADR 043): the assignee of an
 * instruction issued or of a report sent back, the executives of a decision requested, the requester of a
 * decision decided. Each runs after the change committed, in a transaction of its own, and is kept in the
 * event publication registry until it succeeded (ADR 024).
 */
@Component
class EventNotices {

    /** Every instruction not accepted is "overdue" as of this day: how an instruction is found by its id. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    private final Messenger messenger;
    private final Instructions instructions;
    private final Decisions decisions;
    private final Members members;

    EventNotices(Messenger messenger, Instructions instructions, Decisions decisions, Members members) {
        this.messenger = messenger;
        this.instructions = instructions;
        this.decisions = decisions;
        this.members = members;
    }

    @ApplicationModuleListener
    void instructionIssued(InstructionIssued issued) {
        instructions
                .ofSubject(issued.organizationId(), issued.instructionSubjectType(), issued.instructionSubjectId())
                .stream()
                .filter(instruction -> instruction.id().equals(issued.instructionId()))
                .findFirst()
                .ifPresent(instruction -> messenger.tell(
                        issued.organizationId(),
                        instruction.assignee(),
                        MailCategory.INSTRUCTIONS,
                        "notification.notice.instruction.issued",
                        List.of(
                                instruction.title(),
                                instruction.issuedByName(),
                                instruction.dueDate().toString()),
                        "/instructions/" + instruction.id()));
    }

    @ApplicationModuleListener
    void reportSentBack(ReportSentBack sentBack) {
        instructions.overdue(sentBack.organizationId(), FAR_FUTURE).stream()
                .filter(instruction -> instruction.id().equals(sentBack.instructionId()))
                .findFirst()
                .ifPresent(instruction -> messenger.tell(
                        sentBack.organizationId(),
                        instruction.assignee(),
                        MailCategory.REPORTS,
                        "notification.notice.report.sentBack",
                        List.of(instruction.title(), sentBack.comment()),
                        "/instructions/" + instruction.id()));
    }

    @ApplicationModuleListener
    void decisionRequested(DecisionRequested requested) {
        Optional<Decision> decision = decision(requested.organizationId(), requested.subject(), requested.decisionId());
        if (decision.isEmpty()) {
            return;
        }
        for (Members.Member executive : members.withRole(requested.organizationId(), Role.EXECUTIVE)) {
            messenger.tell(
                    requested.organizationId(),
                    executive.id(),
                    MailCategory.DECISIONS,
                    "notification.notice.decision.requested",
                    List.of(decision.get().title(), decision.get().requestedByName()),
                    "/decisions/" + requested.decisionId());
        }
    }

    @ApplicationModuleListener
    void decisionDecided(DecisionDecided decided) {
        decision(decided.organizationId(), decided.subject(), decided.decisionId())
                .ifPresent(decision -> messenger.tell(
                        decided.organizationId(),
                        decision.requestedBy(),
                        MailCategory.DECISIONS,
                        "notification.notice.decision.decided."
                                + decided.outcome().name().toLowerCase(Locale.ROOT),
                        List.of(decision.title(), decision.decidedByName() == null ? "" : decision.decidedByName()),
                        "/decisions/" + decision.id()));
    }

    private Optional<Decision> decision(UUID organizationId, io.mekiki.decision.Subject subject, UUID id) {
        return decisions.ofSubject(organizationId, subject).stream()
                .filter(decision -> decision.id().equals(id))
                .findFirst();
    }
}
