package io.mekiki.questionnaire;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.ProviderStatements;
import io.mekiki.assessment.ProviderStatements.Statement;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.AttachmentRules.CheckedFile;
import io.mekiki.instruction.Upload;
import io.mekiki.questionnaire.QuestionnaireItem.EvidenceFile;
import io.mekiki.questionnaire.internal.QuestionnaireStore;
import io.mekiki.questionnaire.internal.QuestionnaireStore.Row;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.Sha256;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's side of a questionnaire (ADR 041), reached through its link with no account: the caller (the
 * link's pages, the CAIQ import) has resolved the token with {@link #link(String)} first. Every change has the
 * provider contact as actor in the ledger; none is possible once the questionnaire is submitted (except the
 * items a risk officer questioned), revoked or expired.
 */
@Service
public class ProviderAnswers {

    /** The longest answer the provider may write (as the assessment's answers). */
    public static final int ANSWER_MAX = 4000;

    private final QuestionnaireStore store;
    private final ProviderStatements statements;
    private final AttachmentRules attachments;
    private final CatalogReleases releases;
    private final OrganizationTime time;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderAnswers(
            QuestionnaireStore store,
            ProviderStatements statements,
            AttachmentRules attachments,
            CatalogReleases releases,
            OrganizationTime time,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.statements = statements;
        this.attachments = attachments;
        this.releases = releases;
        this.time = time;
        this.events = events;
        this.clock = clock;
    }

    /** What a link's token leads to. */
    public sealed interface Link {

        /** No questionnaire has this token (wrong, mistyped, or replaced by a new link). */
        record Unknown() implements Link {}

        /** The questionnaire was revoked or is past its due date and grace period: nothing is shown. */
        record Gone(QuestionnaireStatus status, String language) implements Link {}

        /** A working link (open for answers, or read-only after submission). */
        record Working(ProviderView view) implements Link {}
    }

    /**
     * The questionnaire as its provider sees it: nothing else of the organisation than its name is shown.
     *
     * @param editable the items the provider may change now (all before submission; the questioned ones after)
     */
    public record ProviderView(
            Questionnaire questionnaire,
            String contactName,
            String providerName,
            List<QuestionnaireItem> items,
            Set<String> editable,
            Optional<CatalogRelease> release) {

        /** The check item as the catalogue release of the assessment words it, if the release is still there. */
        public Optional<CheckItem> checkItem(String itemId) {
            return release.flatMap(found -> found.item(itemId));
        }

        public boolean readOnly() {
            return editable.isEmpty();
        }

        public int answered() {
            return (int) items.stream().filter(QuestionnaireItem::answered).count();
        }
    }

    /** Resolves a link's token (the SHA-256 of the token is looked up; the token itself is never stored). */
    @Transactional(readOnly = true)
    public Link link(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return new Link.Unknown();
        }
        Optional<UUID> id = store.idOfToken(Sha256.hex(token));
        if (id.isEmpty()) {
            return new Link.Unknown();
        }
        Row row = row(id.get());
        Questionnaire q = row.questionnaire();
        if (q.status() == QuestionnaireStatus.REVOKED || q.status() == QuestionnaireStatus.EXPIRED || expired(q)) {
            return new Link.Gone(q.status(), q.language());
        }
        return new Link.Working(view(row));
    }

    /** The provider opened the link: recorded the first time only. */
    @Transactional
    public void opened(UUID questionnaireId) {
        Row row = row(questionnaireId);
        Questionnaire q = row.questionnaire();
        if (q.status() == QuestionnaireStatus.SENT && store.markOpened(questionnaireId, clock.instant())) {
            events.publishEvent(
                    new QuestionnaireOpened(q.organizationId(), actor(row), questionnaireId, q.candidateId()));
        }
    }

    /**
     * Saves the provider's draft answers, all or nothing: every item must be one of the questionnaire's and open
     * for the provider; a status needs no text except {@link AnswerStatus#NOT_APPLICABLE}, which needs the reason
     * as its answer.
     *
     * @throws NotFoundException when there is no such questionnaire
     * @throws RuleViolationException 409 {@code questionnaire.error.closed} after submission, revocation or
     *     expiry, or for an item not questioned after submission; 400 naming {@code itemId}, {@code answer}
     */
    @Transactional
    public ProviderView saveDrafts(UUID questionnaireId, List<DraftAnswer> answers) {
        store.lock(questionnaireId);
        Row row = row(questionnaireId);
        ProviderView view = requireOpen(row);
        Map<String, DraftAnswer> checked = new LinkedHashMap<>();
        for (DraftAnswer answer : answers) {
            String itemId = answer.itemId();
            if (itemId == null || !view.questionnaire().asks(itemId)) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "itemId", "questionnaire.error.itemNotAsked", itemId);
            }
            if (!view.editable().contains(itemId)) {
                throw RuleViolationException.conflict("questionnaire.error.itemClosed", itemId);
            }
            if (checked.containsKey(itemId)) {
                throw new RuleViolationException(Kind.UNPROCESSABLE, "itemId", "questionnaire.error.itemTwice", itemId);
            }
            String text = answer.answer() == null ? "" : answer.answer().strip();
            if (text.length() > ANSWER_MAX) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "answer", "questionnaire.error.tooLong", itemId, ANSWER_MAX);
            }
            if (answer.status() == AnswerStatus.NOT_APPLICABLE && text.isEmpty()) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "answer", "questionnaire.error.reasonNeeded", itemId);
            }
            checked.put(itemId, new DraftAnswer(itemId, answer.status(), text));
        }
        if (checked.isEmpty()) {
            return view;
        }
        Instant now = clock.instant();
        Map<String, String> saved = new LinkedHashMap<>();
        checked.values().forEach(answer -> {
            store.saveDraft(questionnaireId, answer.itemId(), answer.status(), answer.answer(), now);
            saved.put(
                    answer.itemId(),
                    answer.status() == null ? "" : answer.status().name());
        });
        Questionnaire q = view.questionnaire();
        if (q.status() == QuestionnaireStatus.SENT && store.markOpened(questionnaireId, now)) {
            events.publishEvent(
                    new QuestionnaireOpened(q.organizationId(), actor(row), questionnaireId, q.candidateId()));
        }
        events.publishEvent(new QuestionnaireAnswersSaved(
                q.organizationId(), actor(row), questionnaireId, q.candidateId(), List.copyOf(saved.keySet()), saved));
        return view(row(questionnaireId));
    }

    /**
     * Attaches a file to an item open for the provider; it passes the report attachment rules (ADR 025).
     *
     * @throws RuleViolationException 400 naming {@code file} or {@code itemId}; 409 as {@link #saveDrafts}
     */
    @Transactional
    public EvidenceFile addEvidence(UUID questionnaireId, String itemId, Upload upload) {
        store.lock(questionnaireId);
        Row row = row(questionnaireId);
        ProviderView view = requireOpen(row);
        if (!view.questionnaire().asks(itemId)) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "itemId", "questionnaire.error.itemNotAsked", itemId);
        }
        if (!view.editable().contains(itemId)) {
            throw RuleViolationException.conflict("questionnaire.error.itemClosed", itemId);
        }
        CheckedFile file = attachments.check(upload, "file");
        EvidenceFile stored = store.addEvidence(
                questionnaireId,
                itemId,
                file.fileName(),
                file.mediaType(),
                file.content(),
                file.sha256(),
                clock.instant());
        Questionnaire q = view.questionnaire();
        events.publishEvent(new QuestionnaireEvidenceAdded(
                q.organizationId(),
                actor(row),
                questionnaireId,
                q.candidateId(),
                itemId,
                file.fileName(),
                file.sha256()));
        return stored;
    }

    /**
     * Submits the answers: every item open for the provider must have a status. They land in the assessment as
     * provider statements waiting for a risk officer; the link turns read-only.
     *
     * @throws RuleViolationException 400 {@code questionnaire.error.unanswered} naming the first item without a
     *     status; 409 as {@link #saveDrafts}
     */
    @Transactional
    public ProviderView submit(UUID questionnaireId) {
        store.lock(questionnaireId);
        Row row = row(questionnaireId);
        ProviderView view = requireOpen(row);
        Map<String, Statement> landing = new LinkedHashMap<>();
        for (QuestionnaireItem item : view.items()) {
            if (!view.editable().contains(item.itemId())) {
                continue;
            }
            AnswerStatus status = item.status();
            if (status == null) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "itemId", "questionnaire.error.unanswered", item.itemId());
            }
            landing.put(item.itemId(), new Statement(status, item.answer() == null ? "" : item.answer()));
        }
        Questionnaire q = view.questionnaire();
        Instant now = clock.instant();
        Actor actor = actor(row);
        statements.record(q.organizationId(), q.candidateId(), actor, landing);
        store.submitItems(questionnaireId, landing.keySet(), now);
        store.markSubmitted(questionnaireId, now);
        events.publishEvent(new QuestionnaireSubmitted(
                q.organizationId(), actor, questionnaireId, q.candidateId(), List.copyOf(landing.keySet())));
        return view(row(questionnaireId));
    }

    /** A file the provider attached, for the link's pages (the caller checked the link). */
    @Transactional(readOnly = true)
    public Optional<QuestionnaireStore.StoredFile> evidence(UUID questionnaireId, UUID evidenceId) {
        return store.evidence(questionnaireId, evidenceId);
    }

    private ProviderView requireOpen(Row row) {
        Questionnaire q = row.questionnaire();
        if (!q.status().open() || expired(q)) {
            throw RuleViolationException.conflict("questionnaire.error.closed");
        }
        ProviderView view = view(row);
        if (view.readOnly()) {
            throw RuleViolationException.conflict("questionnaire.error.closed");
        }
        return view;
    }

    private boolean expired(Questionnaire q) {
        return time.today(q.organizationId()).isAfter(q.expiresOn());
    }

    ProviderView view(Row row) {
        Questionnaire q = row.questionnaire();
        List<QuestionnaireItem> items = store.items(q.id());
        Set<String> editable = new HashSet<>();
        if (q.status() == QuestionnaireStatus.SENT || q.status() == QuestionnaireStatus.OPENED) {
            items.forEach(item -> editable.add(item.itemId()));
        } else if (q.status() == QuestionnaireStatus.REOPENED) {
            items.stream().filter(QuestionnaireItem::questioned).forEach(item -> editable.add(item.itemId()));
        }
        Optional<CatalogRelease> release;
        try {
            release = Optional.of(releases.release(q.organizationId(), row.release()));
        } catch (NotFoundException gone) {
            release = Optional.empty();
        }
        return new ProviderView(q, row.contactName(), row.providerName(), items, Set.copyOf(editable), release);
    }

    private Row row(UUID questionnaireId) {
        UUID organizationId = store.organizationOf(questionnaireId)
                .orElseThrow(() -> new NotFoundException(QuestionnaireChange.QUESTIONNAIRE, questionnaireId));
        return store.find(questionnaireId, time.today(organizationId)).orElseThrow();
    }

    static Actor actor(Row row) {
        return ProviderContactActor.of(row.questionnaire().contactId(), row.contactName(), row.providerName());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> ids(List<QuestionnaireItem> items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.itemId()));
        return ids;
    }
}
