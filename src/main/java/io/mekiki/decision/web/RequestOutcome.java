package io.mekiki.decision.web;

import java.io.Serial;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What the embedded request form shows after its post, carried to the page it came from in the flash
 * scope: a notice that the request was made, or the refusal with the form as it was typed.
 *
 * @param message the notice or refusal, in the user's language
 * @param field the field a refusal concerns, if any
 */
public record RequestOutcome(
        boolean refused,
        String message,
        @Nullable String field,
        RequestForm form,
        @Nullable String decisionPath) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The flash attribute the form fragment reads. */
    static final String ATTRIBUTE = "decisionRequestOutcome";

    /** Whether this is about the form for the given subject and topic (a page may embed several). */
    public boolean concerns(Object subjectId, String topic) {
        return form.concerns(subjectId, topic);
    }
}
