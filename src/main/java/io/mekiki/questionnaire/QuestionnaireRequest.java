package io.mekiki.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the risk officer sends.
 *
 * @param items the check item ids to ask; empty or null for the default: the items that apply to the candidate
 *     and have no answer yet (derived answers count as answered)
 * @param language {@code ja} or {@code en}
 * @param contactId a contact of the candidate's provider
 */
public record QuestionnaireRequest(
        @Nullable List<String> items,
        @Nullable String language,
        @Nullable UUID contactId,
        @Nullable LocalDate dueOn,
        @Nullable String message) {}
