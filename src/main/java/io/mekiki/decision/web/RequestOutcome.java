package io.mekiki.decision.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the embedded request form shows after its post, carried to the page it came from in the flash
 * scope: a notice that the request was made, or the refusal with the form as it was typed.
 *
 * @param message the notice or refusal, in the user's language
 * @param field the field a refusal concerns, if any
 * @param problems every refusal by the field it concerns ("form" for the whole form), for the summary
 *     at the top of the form
 */
public record RequestOutcome(
        boolean refused,
        String message,
        @Nullable String field,
        RequestForm form,
        @Nullable String decisionPath,
        Map<String, String> problems)
        implements Serializable {

    public RequestOutcome {
        // null when a session kept from before the summary is read back
        problems = problems == null ? new LinkedHashMap<>() : new LinkedHashMap<>(problems);
    }

    RequestOutcome(
            boolean refused, String message, @Nullable String field, RequestForm form, @Nullable String decisionPath) {
        this(
                refused,
                message,
                field,
                form,
                decisionPath,
                refused ? Map.of(field == null ? "form" : field, message) : Map.of());
    }

    /** A refusal of a form sent with required fields left empty, each of them named. */
    static RequestOutcome missing(Map<String, String> missing, RequestForm form) {
        String first = missing.keySet().iterator().next();
        return new RequestOutcome(true, missing.get(first), first, form, null, missing);
    }

    /** Whether the refusal concerns this field. */
    public boolean marks(String name) {
        return refused && problems.containsKey(name);
    }

    @Serial
    private static final long serialVersionUID = 1L;

    /** The flash attribute the form fragment reads. */
    static final String ATTRIBUTE = "decisionRequestOutcome";

    /** Whether this is about the form for the given subject and topic (a page may embed several). */
    public boolean concerns(Object subjectId, String topic) {
        return form.concerns(subjectId, topic);
    }
}
