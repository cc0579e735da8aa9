package io.mekiki.identity.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * "Try again in …" for throttled password checks, in seconds or, for longer waits, minutes. It says
 * nothing about whether the address exists: the throttle treats every address alike.
 */
final class RetryAfter {

    /** The longest wait the throttle imposes is far below this; a larger value in a link is made up. */
    private static final long LONGEST = 24 * 60 * 60;

    private RetryAfter() {}

    static PageMessage message(long seconds) {
        long wait = Math.min(Math.max(seconds, 1), LONGEST);
        if (wait == 1) {
            return PageMessage.of("identity.throttled.oneSecond");
        }
        return wait < 120
                ? PageMessage.of("identity.throttled.seconds", String.valueOf(wait))
                : PageMessage.of("identity.throttled.minutes", String.valueOf((wait + 59) / 60));
    }

    static ResponseEntity<ProblemDetail> problem(long seconds, MessageSource messages, Locale locale) {
        PageMessage message = message(seconds);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage(message.code(), message.args(), message.code(), locale));
        problem.setTitle(messages.getMessage("api.error.throttled.title", null, "Too Many Requests", locale));
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .body(problem);
    }
}
