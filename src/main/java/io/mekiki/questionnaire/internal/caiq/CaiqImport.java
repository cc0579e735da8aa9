package io.mekiki.questionnaire.internal.caiq;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.AttachmentRules.CheckedFile;
import io.mekiki.instruction.Upload;
import io.mekiki.questionnaire.CaiqAnswersImported;
import io.mekiki.questionnaire.DraftAnswer;
import io.mekiki.questionnaire.ProviderAnswers;
import io.mekiki.questionnaire.ProviderAnswers.ProviderView;
import io.mekiki.questionnaire.ProviderContactActor;
import io.mekiki.questionnaire.Questionnaire;
import io.mekiki.questionnaire.QuestionnaireDetails;
import io.mekiki.questionnaire.QuestionnaireItem;
import io.mekiki.questionnaire.QuestionnaireStatus;
import io.mekiki.questionnaire.Questionnaires;
import io.mekiki.shared.Actor;
import io.mekiki.shared.SignedInUser;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a provider's CAIQ v4.1 workbook into a questionnaire as draft answers (ADR 042): the file passes the
 * attachment rules and must be an .xlsx, the workbook is read whole and refused whole on any problem, the
 * answers are translated through the mapping of the questionnaire's catalogue release, and the drafts of the
 * items the provider may change now are saved all or nothing, with the import in the ledger.
 */
@Service
public class CaiqImport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProviderAnswers answers;
    private final Questionnaires questionnaires;
    private final CaiqCoverage coverage;
    private final CatalogReleases releases;
    private final AttachmentRules attachments;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CaiqImport(
            ProviderAnswers answers,
            Questionnaires questionnaires,
            CaiqCoverage coverage,
            CatalogReleases releases,
            AttachmentRules attachments,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.coverage = coverage;
        this.releases = releases;
        this.attachments = attachments;
        this.messages = messages;
        this.events = events;
    }

    /**
     * What an import did.
     *
     * @param answered how many questions of the workbook had an answer
     * @param used how many of those the mapping reads
     * @param drafts the drafts saved, one per check item
     * @param notAsked items the answers speak to that the questionnaire does not ask (or no longer lets change)
     */
    public record Imported(String sheet, int answered, int used, List<DraftAnswer> drafts, List<String> notAsked) {}

    /** Through the questionnaire's link: the provider contact is the actor. */
    @Transactional
    public Imported byProvider(ProviderView view, Upload upload) {
        Questionnaire q = view.questionnaire();
        Actor actor = ProviderContactActor.of(q.contactId(), view.contactName(), view.providerName());
        String release = view.release()
                .map(CatalogRelease::id)
                .orElseGet(() -> releases.currentInfo(q.organizationId()).id());
        return run(q, view.editable(), release, actor, upload);
    }

    /**
     * By a risk officer of the organisation (a provider sent the workbook by other means): the officer is the
     * actor of the import; the drafts stand as the provider's until the provider submits.
     *
     * @throws io.mekiki.shared.NotFoundException for a questionnaire of another organisation
     */
    @Transactional
    @PreAuthorize(Questionnaires.SENDERS)
    public Imported byOrganization(SignedInUser user, UUID questionnaireId, Upload upload) {
        QuestionnaireDetails details = questionnaires.details(user, questionnaireId);
        Questionnaire q = details.questionnaire();
        Set<String> editable = new HashSet<>();
        if (q.status() == QuestionnaireStatus.SENT || q.status() == QuestionnaireStatus.OPENED) {
            editable.addAll(q.items());
        } else if (q.status() == QuestionnaireStatus.REOPENED) {
            details.items().stream().filter(QuestionnaireItem::questioned).forEach(item -> editable.add(item.itemId()));
        }
        return run(q, editable, releases.currentInfo(user.organizationId()).id(), user.actor(), upload);
    }

    private Imported run(Questionnaire q, Set<String> editable, String releaseId, Actor actor, Upload upload) {
        CheckedFile file = attachments.check(upload, "file");
        if (!XLSX.equals(file.mediaType())) {
            throw CaiqRefused.of("caiq.import.error.notXlsx");
        }
        CaiqSheet.Result sheet = CaiqSheet.read(file.content());
        if (!sheet.ok()) {
            throw new CaiqRefused(sheet.problems(), sheet.more());
        }
        CaiqMapping mapping = coverage.mappingOf(q.organizationId(), releaseId)
                .orElseThrow(() -> CaiqRefused.of("caiq.import.error.noMapping", releaseId));
        CaiqTranslation.Outcome outcome =
                CaiqTranslation.translate(mapping, sheet.byQuestion(), editable, q.locale(), messages);
        if (outcome.drafts().isEmpty()) {
            throw CaiqRefused.of("caiq.import.error.noItems");
        }
        List<DraftAnswer> drafts = outcome.drafts().stream()
                .map(draft -> new DraftAnswer(draft.itemId(), draft.status(), draft.answer()))
                .toList();
        answers.saveDrafts(q.id(), drafts);
        Map<String, String> statuses = new LinkedHashMap<>();
        drafts.forEach(draft -> statuses.put(draft.itemId(), draft.status().name()));
        events.publishEvent(new CaiqAnswersImported(
                q.organizationId(),
                actor,
                q.id(),
                q.candidateId(),
                file.fileName(),
                file.sha256(),
                mapping.id(),
                outcome.answered(),
                outcome.used(),
                statuses));
        return new Imported(sheet.sheet(), outcome.answered(), outcome.used(), drafts, outcome.notAsked());
    }
}
