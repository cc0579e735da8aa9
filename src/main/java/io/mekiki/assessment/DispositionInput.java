package io.mekiki.assessment;

import org.jspecify.annotations.Nullable;

/**
 * A disposition as given, not yet checked (texts, so that a bad value is refused naming its field).
 *
 * @param disposition ACCEPT, MITIGATE or EXCLUDE
 * @param rationale why the gap is borne (ACCEPT) or why the candidate is excluded (EXCLUDE)
 * @param action what is done (MITIGATE)
 * @param ownerId the person of the organisation who owns the action (MITIGATE)
 * @param dueDate by when, ISO date (MITIGATE)
 * @param version the finding's version read
 */
public record DispositionInput(
        @Nullable String disposition,
        @Nullable String rationale,
        @Nullable String action,
        @Nullable String ownerId,
        @Nullable String dueDate,
        @Nullable Long version) {}
