package io.mekiki.questionnaire;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.ProviderStatements;
import io.mekiki.identity.IdentitySettings;
import io.mekiki.provider.Contact;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.questionnaire.internal.QuestionnaireStore;
import io.mekiki.questionnaire.internal.QuestionnaireStore.NewQuestionnaire;
import io.mekiki.questionnaire.internal.QuestionnaireStore.Row;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.Sha256;
import io.mekiki.shared.SignedInUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's side of questionnaires (ADR 041): risk officers send them from a candidate's assessment to a
 * contact of the candidate's provider, send them again with a new link, revoke them, and review each provider
 * statement (accept, question, override); everyone in the organisation reads them.
 */
@Service
public class Questionnaires {

    /** Who sends questionnaires and reviews the answers. */
    public static final String SENDERS = "hasRole('RISK_OFFICER')";
    /** Who sets the grace period after due dates. */
    public static final String GRACE_SETTERS = "hasAnyRole('ADMIN', 'RISK_OFFICER')";

    public static final int MESSAGE_MAX = 2000;
    public static final int COMMENT_MAX = 2000;
    public static final int DUE_MAX_DAYS = 365;
    public static final int GRACE_MAX_DAYS = 90;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuestionnaireStore store;
    private final Candidates candidates;
    private final Assessments assessments;
    private final ProviderStatements statements;
    private final ProviderRegister providers;
    private final IdentitySettings identity;
    private final QuestionnaireMail mail;
    private final OrganizationTime time;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Questionnaires(
            QuestionnaireStore store,
            Candidates candidates,
            Assessments assessments,
            ProviderStatements statements,
            ProviderRegister providers,
            IdentitySettings identity,
            QuestionnaireMail mail,
            OrganizationTime time,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.candidates = candidates;
        this.assessments = assessments;
        this.statements = statements;
        this.providers = providers;
        this.identity = identity;
        this.mail = mail;
        this.time = time;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a questionnaire on the candidate's assessment to a contact of its provider.
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     * @throws RuleViolationException 400 naming {@code contactId} (missing, or a contact of another provider),
     *     {@code items}, {@code language}, {@code dueOn} or {@code message}; 409 when the candidate is withdrawn
     *     or its assessments are closed
     */
    @Transactional
    @PreAuthorize(SENDERS)
    public SentQuestionnaire send(SignedInUser user, UUID candidateId, QuestionnaireRequest request) {
        Candidate candidate = candidate(user, candidateId);
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        assessments.requireOpenForChange(user.organizationId(), candidate.initiativeId());
        UUID providerId = candidate.facts().providerId();
        if (request.contactId() == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "contactId", "questionnaire.error.contactNeeded");
        }
        Contact contact = providers.contacts(user, providerId).stream()
                .filter(found -> found.id().equals(request.contactId()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        Kind.UNPROCESSABLE, "contactId", "questionnaire.error.contactOfAnotherProvider"));
        String language = request.language() == null ? "ja" : request.language().strip();
        if (!language.equals("ja") && !language.equals("en")) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "language", "questionnaire.error.language");
        }
        LocalDate today = time.today(user.organizationId());
        LocalDate dueOn = checkDue(request.dueOn(), today);
        String message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        if (message != null && message.length() > MESSAGE_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "message", "questionnaire.error.tooLong", MESSAGE_MAX);
        }
        List<String> items = items(user, candidate, request.items());
        String token = newToken();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int grace = store.graceDays(user.organizationId());
        store.insert(new NewQuestionnaire(
                id,
                user.organizationId(),
                candidateId,
                candidate.initiativeId(),
                providerId,
                contact.id(),
                contact.details().name(),
                contact.details().email(),
                candidate.facts().providerName(),
                language,
                candidate.scoping().release(),
                items,
                dueOn,
                grace,
                message,
                Sha256.hex(token),
                user.userId(),
                now));
        Row row = store.find(id, today).orElseThrow();
        Questionnaire q = row.questionnaire();
        events.publishEvent(new QuestionnaireSent(
                user.organizationId(),
                user.actor(),
                id,
                candidateId,
                contact.id(),
                contact.details().name(),
                language,
                items,
                dueOn,
                q.expiresOn(),
                false));
        return sent(row, token, user);
    }

    /**
     * Sends the questionnaire again with a new link (the old one stops working) and, when given, a new due date.
     *
     * @throws RuleViolationException 409 when it was submitted (with nothing questioned) or revoked; 400 naming
     *     {@code dueOn}
     */
    @Transactional
    @PreAuthorize(SENDERS)
    public SentQuestionnaire resend(SignedInUser user, UUID questionnaireId, @Nullable LocalDate dueOn) {
        Row row = row(user, questionnaireId);
        Questionnaire q = row.questionnaire();
        if (q.status() == QuestionnaireStatus.SUBMITTED || q.status() == QuestionnaireStatus.REVOKED) {
            throw RuleViolationException.conflict("questionnaire.error.notResendable");
        }
        LocalDate today = time.today(user.organizationId());
        LocalDate due = dueOn == null && !q.dueOn().isBefore(today) ? q.dueOn() : checkDue(dueOn, today);
        String token = newToken();
        int grace = store.graceDays(user.organizationId());
        store.renew(questionnaireId, Sha256.hex(token), due, grace, clock.instant());
        Row renewed = store.find(questionnaireId, today).orElseThrow();
        events.publishEvent(new QuestionnaireSent(
                user.organizationId(),
                user.actor(),
                questionnaireId,
                q.candidateId(),
                q.contactId(),
                row.contactName(),
                q.language(),
                q.items(),
                due,
                renewed.questionnaire().expiresOn(),
                true));
        return sent(renewed, token, user);
    }

    /**
     * Revokes the questionnaire: its link shows only that it was withdrawn.
     *
     * @throws RuleViolationException 409 when it was revoked already
     */
    @Transactional
    @PreAuthorize(SENDERS)
    public Questionnaire revoke(SignedInUser user, UUID questionnaireId) {
        Row row = row(user, questionnaireId);
        Questionnaire q = row.questionnaire();
        if (q.status() == QuestionnaireStatus.REVOKED) {
            throw RuleViolationException.conflict("questionnaire.error.revoked");
        }
        store.revoke(questionnaireId, user.userId(), clock.instant());
        events.publishEvent(
                new QuestionnaireRevoked(user.organizationId(), user.actor(), questionnaireId, q.candidateId()));
        return row(user, questionnaireId).questionnaire();
    }

    /**
     * Accepts the provider's submitted statement on the item as the assessment's answer.
     *
     * @throws RuleViolationException 409 when the item's answer is not submitted or already reviewed
     */
    @Transactional
    @PreAuthorize(SENDERS)
    public QuestionnaireDetails accept(SignedInUser user, UUID questionnaireId, String itemId) {
        Row row = row(user, questionnaireId);
        QuestionnaireItem item = reviewable(row, itemId);
        Questionnaire q = row.questionnaire();
        statements.accept(user, q.candidateId(), item.itemId());
        reviewed(user, q, itemId, ItemReview.ACCEPTED, null);
        return details(user, questionnaireId);
    }

    /**
     * Sends the item back to the provider with a comment: it opens again on the link (the questionnaire is
     * reopened) and its statement keeps waiting in the assessment.
     *
     * @throws RuleViolationException 400 naming {@code comment}; 409 as {@link #accept}, or when the link is
     *     revoked or expired (send it again first)
     */
    @Transactional
    @PreAuthorize(SENDERS)
    public QuestionnaireDetails question(
            SignedInUser user, UUID questionnaireId, String itemId, @Nullable String comment) {
        Row row = row(user, questionnaireId);
        QuestionnaireItem item = reviewable(row, itemId);
        Questionnaire q = row.questionnaire();
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "comment", "questionnaire.error.commentNeeded");
        }
        if (text.length() > COMMENT_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "comment", "questionnaire.error.tooLong", COMMENT_MAX);
        }
        if (q.status() == QuestionnaireStatus.SUBMITTED) {
            store.setStatus(q.id(), QuestionnaireStatus.SUBMITTED, QuestionnaireStatus.REOPENED, q.version());
        } else if (q.status() != QuestionnaireStatus.REOPENED) {
            throw RuleViolationException.conflict("questionnaire.error.notReopenable");
        }
        reviewed(user, q, item.itemId(), ItemReview.QUESTIONED, text);
        return details(user, questionnaireId);
    }

    /**
     * Replaces the provider's statement with the risk officer's own answer (as {@link Assessments#answer}).
     *
     * @throws RuleViolationException as {@link Assessments#answer} and {@link #accept}
     */
    @Transactional
    @PreAuthorize(SENDERS)
    public QuestionnaireDetails override(SignedInUser user, UUID questionnaireId, String itemId, AnswerInput input) {
        Row row = row(user, questionnaireId);
        QuestionnaireItem item = reviewable(row, itemId);
        Questionnaire q = row.questionnaire();
        long version = statements
                .answer(user.organizationId(), q.candidateId(), item.itemId())
                .map(Answer::version)
                .orElse(0L);
        String source = input.source() == null || input.source().isBlank() ? "VERIFIED" : input.source();
        assessments.answer(
                user,
                q.candidateId(),
                item.itemId(),
                new AnswerInput(input.status(), input.answer(), source, input.reason(), version));
        reviewed(user, q, item.itemId(), ItemReview.OVERRIDDEN, null);
        return details(user, questionnaireId);
    }

    /** The questionnaire with its items and progress. */
    @Transactional(readOnly = true)
    public QuestionnaireDetails details(SignedInUser user, UUID questionnaireId) {
        return details(row(user, questionnaireId), time.today(user.organizationId()));
    }

    /** The questionnaires of a candidate, newest first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireDetails> ofCandidate(SignedInUser user, UUID candidateId) {
        candidate(user, candidateId);
        LocalDate today = time.today(user.organizationId());
        return store.ofCandidate(user.organizationId(), candidateId, today).stream()
                .map(row -> details(row, today))
                .toList();
    }

    /** The organisation's questionnaires still to follow (open, or submitted with items to review), by due date. */
    @Transactional(readOnly = true)
    public List<QuestionnaireDetails> toFollow(SignedInUser user) {
        LocalDate today = time.today(user.organizationId());
        return store.toFollow(user.organizationId(), today).stream()
                .map(row -> details(row, today))
                .filter(details -> details.questionnaire().status().open()
                        || details.questionnaire().status() == QuestionnaireStatus.EXPIRED
                        || details.progress().submitted() > details.progress().accepted())
                .toList();
    }

    /**
     * A file the provider attached, for the organisation.
     *
     * @throws NotFoundException when the questionnaire or the file is not the organisation's
     */
    @Transactional(readOnly = true)
    public QuestionnaireStore.StoredFile evidence(SignedInUser user, UUID questionnaireId, UUID evidenceId) {
        row(user, questionnaireId);
        return store.evidence(questionnaireId, evidenceId)
                .orElseThrow(() -> new NotFoundException("QUESTIONNAIRE_EVIDENCE", evidenceId));
    }

    /** The organisation's grace period after a due date, in days. */
    @Transactional(readOnly = true)
    public int graceDays(SignedInUser user) {
        return store.graceDays(user.organizationId());
    }

    /**
     * Sets the grace period (0 to 90 days) for the questionnaires sent from now on; a change is recorded in the ledger.
     *
     * @throws RuleViolationException 400 naming {@code graceDays}
     */
    @Transactional
    @PreAuthorize(GRACE_SETTERS)
    public int setGraceDays(SignedInUser user, @Nullable Integer days) {
        if (days == null || days < 0 || days > GRACE_MAX_DAYS) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE, "graceDays", "questionnaire.error.grace", GRACE_MAX_DAYS);
        }
        int before = store.graceDays(user.organizationId());
        if (before != days) {
            store.setGraceDays(user.organizationId(), days);
            events.publishEvent(new QuestionnaireGraceSet(user.organizationId(), user.actor(), before, days));
        }
        return days;
    }

    /**
     * The items the questionnaire would ask by default: those that apply to the candidate and have no answer yet
     * (a derived answer counts as an answer).
     */
    @Transactional(readOnly = true)
    public List<String> defaultItems(SignedInUser user, UUID candidateId) {
        Assessment assessment = assessments.assessment(user, candidateId);
        Set<String> asked = new LinkedHashSet<>();
        assessment.entries().stream()
                .filter(entry -> entry.answer() == null)
                .forEach(entry -> asked.add(entry.itemId()));
        return List.copyOf(asked);
    }

    private List<String> items(SignedInUser user, Candidate candidate, @Nullable List<String> asked) {
        List<String> items;
        if (asked == null || asked.stream().allMatch(item -> item == null || item.isBlank())) {
            items = defaultItems(user, candidate.id());
            if (items.isEmpty()) {
                throw new RuleViolationException(Kind.UNPROCESSABLE, "items", "questionnaire.error.nothingToAsk");
            }
            return items;
        }
        Set<String> applicable = Set.copyOf(candidate.scoping().itemIds());
        Set<String> chosen = new LinkedHashSet<>();
        for (String item : asked) {
            if (item == null || item.isBlank()) {
                continue;
            }
            if (!applicable.contains(item.strip())) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "items", "questionnaire.error.itemNotApplicable", item);
            }
            chosen.add(item.strip());
        }
        // in the catalogue's order, as the assessment shows them
        items = new ArrayList<>();
        for (String item : candidate.scoping().itemIds()) {
            if (chosen.contains(item) && !items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private static LocalDate checkDue(@Nullable LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "dueOn", "questionnaire.error.dueNeeded");
        }
        if (dueOn.isBefore(today) || dueOn.isAfter(today.plusDays(DUE_MAX_DAYS))) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE, "dueOn", "questionnaire.error.dueOutOfRange", DUE_MAX_DAYS);
        }
        return dueOn;
    }

    private QuestionnaireItem reviewable(Row row, String itemId) {
        return store.items(row.questionnaire().id()).stream()
                .filter(item -> item.itemId().equals(itemId))
                .findFirst()
                .filter(item -> item.submittedAt() != null && item.review() == null)
                .orElseThrow(() -> row.questionnaire().asks(itemId)
                        ? RuleViolationException.conflict("questionnaire.error.notReviewable", itemId)
                        : new NotFoundException("QUESTIONNAIRE_ITEM", itemId));
    }

    private void reviewed(
            SignedInUser user, Questionnaire q, String itemId, ItemReview review, @Nullable String comment) {
        store.review(q.id(), itemId, review, comment, user.userId(), clock.instant());
        events.publishEvent(new QuestionnaireItemReviewed(
                user.organizationId(), user.actor(), q.id(), q.candidateId(), itemId, review, comment));
    }

    private SentQuestionnaire sent(Row row, String token, SignedInUser sender) {
        String link = base() + "/q/" + token;
        boolean mailed = mail.send(row, link, sender.displayName());
        return new SentQuestionnaire(row.questionnaire(), link, mailed);
    }

    private String base() {
        String url = identity.publicUrl();
        return url == null || url.isBlank() ? "http://localhost:8080" : url.replaceAll("/+$", "");
    }

    private QuestionnaireDetails details(Row row, LocalDate today) {
        List<QuestionnaireItem> items = store.items(row.questionnaire().id());
        return new QuestionnaireDetails(
                row.questionnaire(),
                row.contactName(),
                row.contactEmail(),
                row.providerName(),
                items,
                QuestionnaireProgress.of(row.questionnaire(), items, today));
    }

    private Row row(SignedInUser user, UUID questionnaireId) {
        return store.find(questionnaireId, time.today(user.organizationId()))
                .filter(row -> row.questionnaire().organizationId().equals(user.organizationId()))
                .orElseThrow(() -> new NotFoundException(QuestionnaireChange.QUESTIONNAIRE, questionnaireId));
    }

    private Candidate candidate(SignedInUser user, UUID candidateId) {
        return candidates
                .candidate(user, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Optional<Row> rowOf(UUID id, LocalDate today) {
        return store.find(id, today);
    }
}
