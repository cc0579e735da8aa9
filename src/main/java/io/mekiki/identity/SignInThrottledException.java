package io.mekiki.identity;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused without checking the password, because failures came too fast; says when to retry. */
public class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("sign-in throttled for " + retryAfter);
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
