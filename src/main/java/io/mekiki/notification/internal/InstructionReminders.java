package io.mekiki.notification.internal;

import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.Instructions;
import io.mekiki.notification.Reminder;
import io.mekiki.notification.ReminderSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Instructions waiting for their assignee's report: due within three days, and overdue. Reported or
 * accepted instructions need no reminder.
 */
@Component
class InstructionReminders implements ReminderSource {

    static final int DAYS_AHEAD = 3;

    private final Instructions instructions;

    InstructionReminders(Instructions instructions) {
        this.instructions = instructions;
    }

    @Override
    public List<Reminder> due(UUID organizationId, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        // overdue as of the day after the window: every open instruction due by today + 3 days
        for (Instruction instruction : instructions.overdue(organizationId, today.plusDays(DAYS_AHEAD + 1))) {
            if (instruction.status() != InstructionStatus.OPEN) {
                continue;
            }
            boolean overdue = instruction.dueDate().isBefore(today);
            reminders.add(new Reminder(
                    "instruction:" + instruction.id() + (overdue ? ":overdue:" : ":soon:") + instruction.dueDate(),
                    Set.of(instruction.assignee()),
                    overdue ? "notification.reminder.instruction.overdue" : "notification.reminder.instruction.soon",
                    List.of(instruction.title(), instruction.dueDate().toString()),
                    "/instructions/" + instruction.id()));
        }
        return reminders;
    }
}
