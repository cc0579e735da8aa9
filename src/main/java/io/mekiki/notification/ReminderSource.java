package io.mekiki.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Dates of a module that people should be reminded of. Modules implement it as a bean; the reminder run
 * asks every source once a day for each organisation, and sends each reminder once per recipient (ADR 043).
 * A source returns what is due on {@code today} without caring whether it was sent before: the key decides.
 */
public interface ReminderSource {

    /** The reminders due for the organisation on {@code today} (its calendar day). */
    List<Reminder> due(UUID organizationId, LocalDate today);
}
