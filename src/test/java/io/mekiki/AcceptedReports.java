package io.mekiki;

import io.mekiki.identity.MekikiUser;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The work a preparation or selection gate rests on, done through the instruction service for tests whose
 * subject is something else: the executive instructs, the assignee reports, the executive accepts. A gate
 * whose report is accepted already is left as it is.
 */
public final class AcceptedReports {

    private AcceptedReports() {}

    public static void forGate(
            Instructions instructions, MekikiUser executive, MekikiUser assignee, UUID initiativeId, String gate) {
        LifeCyclePhase phase = gate.startsWith("PREPARATION_")
                ? LifeCyclePhase.PREPARATION
                : gate.startsWith("SELECTION_") ? LifeCyclePhase.SELECTION : null;
        if (phase == null) {
            return;
        }
        boolean accepted = instructions.ofSubject(executive.organizationId(), "INITIATIVE", initiativeId).stream()
                .anyMatch(instruction ->
                        gate.equals(instruction.gateTopic()) && instruction.status() == InstructionStatus.ACCEPTED);
        if (accepted) {
            return;
        }
        Instruction issued = as(
                executive,
                () -> instructions.issue(
                        executive,
                        new NewInstruction(
                                "INITIATIVE",
                                initiativeId,
                                phase,
                                gate,
                                List.of(),
                                "Report for " + gate,
                                "",
                                assignee.userId(),
                                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(14),
                                null)));
        as(assignee, () -> instructions.report(assignee, issued.id(), "Done and written up.", List.of()));
        as(executive, () -> instructions.accept(executive, issued.id(), "Accepted."));
    }

    /** Runs a service call as the user, as a request of theirs would; the caller's context comes back after. */
    public static <T> T as(MekikiUser user, Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
