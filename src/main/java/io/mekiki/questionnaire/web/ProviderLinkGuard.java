package io.mekiki.questionnaire.web;

import io.mekiki.questionnaire.ProviderAnswers;
import io.mekiki.questionnaire.ProviderAnswers.Link;
import io.mekiki.questionnaire.ProviderAnswers.ProviderView;
import io.mekiki.questionnaire.internal.QuestionnaireStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Resolves a link's token for a request, with the limits of ADR 041: a client address that tried
 * {@value #WRONG_TOKENS_PER_MINUTE} wrong tokens within a minute is throttled (before the token is looked at), and a
 * working link answers at most {@value #REQUESTS_PER_LINK_PER_MINUTE} requests a minute. Counted in PostgreSQL, so
 * that several instances share the counts.
 */
@Component
public class ProviderLinkGuard {

    public static final int WRONG_TOKENS_PER_MINUTE = 20;
    public static final int REQUESTS_PER_LINK_PER_MINUTE = 120;

    private final ProviderAnswers answers;
    private final QuestionnaireStore store;
    private final Clock clock;

    ProviderLinkGuard(ProviderAnswers answers, QuestionnaireStore store, Clock clock) {
        this.answers = answers;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The questionnaire behind the token, as its provider sees it.
     *
     * @throws Refused 429 when throttled, 404 when no questionnaire has the token, 410 when it was revoked or expired
     */
    public ProviderView resolve(String token, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        Instant now = clock.instant();
        if (store.failedLinks(client, now.minusSeconds(60)) >= WRONG_TOKENS_PER_MINUTE) {
            throw new Refused(HttpStatus.TOO_MANY_REQUESTS, "throttled", null);
        }
        Link link = answers.link(token);
        if (link instanceof Link.Working working) {
            if (store.linkUsed(working.view().questionnaire().id(), now, now.minusSeconds(60))
                    > REQUESTS_PER_LINK_PER_MINUTE) {
                throw new Refused(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "throttled",
                        working.view().questionnaire().locale());
            }
            return working.view();
        }
        if (link instanceof Link.Gone gone) {
            throw new Refused(
                    HttpStatus.GONE,
                    gone.status().name().toLowerCase(Locale.ROOT),
                    Locale.forLanguageTag(gone.language()));
        }
        store.linkFailed(client, now);
        throw new Refused(HttpStatus.NOT_FOUND, "unknown", null);
    }

    /**
     * A link that shows nothing but a plain refusal.
     *
     * @param reason {@code unknown}, {@code revoked}, {@code expired} or {@code throttled}
     * @param language the questionnaire's language when known
     */
    public static final class Refused extends RuntimeException {

        private final HttpStatus status;
        private final String reason;
        private final @Nullable Locale language;

        Refused(HttpStatus status, String reason, @Nullable Locale language) {
            super(reason);
            this.status = status;
            this.reason = reason;
            this.language = language;
        }

        public HttpStatus status() {
            return status;
        }

        public String reason() {
            return reason;
        }

        public @Nullable Locale language() {
            return language;
        }
    }
}
