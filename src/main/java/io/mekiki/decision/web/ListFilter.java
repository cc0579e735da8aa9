package io.mekiki.decision.web;

import io.mekiki.decision.DecisionQuery;
import io.mekiki.decision.DecisionState;
import io.mekiki.decision.DecisionStatus;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the decisions list as chosen in its form (the subject as {@code TYPE:id}, the topic,
 * the requester's id, the state); a value that is not one of the choices, as in a hand-edited address,
 * lists everything rather than failing. The older {@code status}, {@code stale} and {@code subjectType}
 * parameters still work for bookmarks.
 */
record ListFilter(String subject, String topic, String requestedBy, String state, DecisionQuery query) {

    static ListFilter of(
            @Nullable String subject,
            @Nullable String topic,
            @Nullable String requestedBy,
            @Nullable String state,
            @Nullable String status,
            @Nullable String stale,
            @Nullable String subjectType) {
        String type = blankToNull(subjectType);
        UUID subjectId = null;
        String chosenSubject = blankToNull(subject);
        if (chosenSubject != null && chosenSubject.indexOf(':') > 0) {
            UUID id = uuid(chosenSubject.substring(chosenSubject.indexOf(':') + 1));
            if (id != null) {
                type = chosenSubject.substring(0, chosenSubject.indexOf(':'));
                subjectId = id;
            }
        }
        DecisionState chosenState = constant(DecisionState.class, state);
        DecisionQuery query = new DecisionQuery(
                        type,
                        subjectId,
                        constant(DecisionStatus.class, status),
                        "true".equals(stale) ? Boolean.TRUE : "false".equals(stale) ? Boolean.FALSE : null,
                        blankToNull(topic),
                        uuid(requestedBy),
                        null)
                .inState(chosenState);
        return new ListFilter(
                subjectId == null ? "" : type + ":" + subjectId,
                query.topic() == null ? "" : query.topic(),
                query.requestedBy() == null ? "" : query.requestedBy().toString(),
                chosenState == null ? "" : chosenState.name(),
                query);
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
