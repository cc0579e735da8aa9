package io.mekiki.identity;

import java.time.Duration;

/** A password check refused without looking, because wrong passwords came too fast; says when to retry. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttemptsException(Duration retryAfter) {
        super("too many attempts, retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, rounded up, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusMillis(999).toSeconds());
    }
}
