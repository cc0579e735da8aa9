package io.mekiki.identity.web;

import io.mekiki.shared.RuleViolationException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A message for the page: a success notice carried across a redirect as a flash attribute, or a
 * refusal shown with the re-rendered page. It holds a message code, so the reader sees it in their
 * language; it is serialisable because flash attributes live in the database-backed session.
 */
record PageMessage(String code, List<String> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static PageMessage of(String code, String... arguments) {
        return new PageMessage(code, List.of(arguments));
    }

    static PageMessage of(RuleViolationException violation) {
        return new PageMessage(
                violation.messageCode(),
                Arrays.stream(violation.arguments()).map(String::valueOf).toList());
    }

    /** The arguments as the message resolver takes them. */
    public Object[] args() {
        return arguments.toArray();
    }

    static HttpStatus statusOf(RuleViolationException violation) {
        return violation.pageStatus();
    }
}
