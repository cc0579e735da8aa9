package io.mekiki.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire sent to a provider contact for one candidate's assessment.
 *
 * @param language the language the provider reads it in ({@code ja} or {@code en})
 * @param items the check item ids asked, in the catalogue's order
 * @param expiresOn the last day the link works: the due date plus the organisation's grace period
 * @param status where it stands today ({@link QuestionnaireStatus#EXPIRED} computed from {@code expiresOn})
 */
public record Questionnaire(
        UUID id,
        UUID organizationId,
        UUID candidateId,
        UUID initiativeId,
        UUID providerId,
        UUID contactId,
        String language,
        List<String> items,
        LocalDate dueOn,
        LocalDate expiresOn,
        @Nullable String message,
        QuestionnaireStatus status,
        UUID sentBy,
        Instant sentAt,
        @Nullable Instant openedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant revokedAt,
        long version) {

    public Questionnaire {
        items = List.copyOf(items);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean asks(String itemId) {
        return items.contains(itemId);
    }
}
