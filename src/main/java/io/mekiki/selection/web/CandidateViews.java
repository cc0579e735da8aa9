package io.mekiki.selection.web;

import io.mekiki.catalog.Section;
import io.mekiki.initiative.ScopingChange;
import io.mekiki.initiative.ScopingRecord;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.scoping.Reason;
import io.mekiki.scoping.ReasonTexts;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateScoping;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Candidates and their scopings as the API gives them; reasons in the caller's language and in both. */
@Component
class CandidateViews {

    private static final Locale JAPANESE = Locale.JAPANESE;

    private final ReasonTexts texts;

    CandidateViews(ReasonTexts texts) {
        this.texts = texts;
    }

    CandidateView candidate(Candidate candidate) {
        ServiceFacts facts = candidate.facts();
        ScopingSnapshot scoping = candidate.scoping();
        return new CandidateView(
                candidate.id(),
                candidate.initiativeId(),
                candidate.serviceId(),
                facts.serviceName(),
                facts.providerId(),
                facts.providerName(),
                facts.providerCountry(),
                facts.parentName(),
                facts.parentCountry(),
                facts.contractingEntityName(),
                facts.contractingEntityCountry(),
                facts.dataLocations(),
                facts.operationLocations(),
                facts.subprocessorCountries(),
                candidate.open(),
                candidate.addedAt(),
                candidate.addedBy(),
                candidate.withdrawnAt(),
                candidate.withdrawnBy(),
                candidate.withdrawReason(),
                new ScopingSummary(
                        scoping.release(),
                        scoping.sections().stream()
                                .map(ScopingSnapshot.SectionEntry::section)
                                .toList(),
                        scoping.sections().size(),
                        scoping.items().size(),
                        candidate.scopingHash(),
                        candidate.scopedAt()));
    }

    ScopingView scoping(CandidateScoping scoping, Locale locale) {
        ScopingRecord record = scoping.record();
        ScopingSnapshot current = record.current();
        return new ScopingView(
                scoping.candidate().id(),
                scoping.candidate().facts().serviceName(),
                scoping.candidate().scopingHash(),
                current.release(),
                current.sections().stream().map(entry -> section(entry, locale)).toList(),
                current.items().stream()
                        .map(entry -> new ItemView(entry.itemId(), entry.section(), reasons(entry.reasons(), locale)))
                        .toList(),
                current.notApplicable().stream()
                        .map(entry -> section(entry, locale))
                        .toList(),
                record.history().stream().map(change -> change(change, locale)).toList());
    }

    private ChangeView change(ScopingChange change, Locale locale) {
        var diff = change.diff();
        return new ChangeView(
                change.changedAt(),
                change.changedBy(),
                change.first(),
                change.planChanges(),
                diff.releaseBefore(),
                diff.releaseAfter(),
                diff.sectionsAdded().stream()
                        .map(entry -> section(entry, locale))
                        .toList(),
                diff.sectionsRemoved().stream()
                        .map(entry -> section(entry, locale))
                        .toList(),
                diff.itemsAdded().stream()
                        .map(ScopingSnapshot.ItemEntry::itemId)
                        .toList(),
                diff.itemsRemoved().stream()
                        .map(ScopingSnapshot.ItemEntry::itemId)
                        .toList());
    }

    private SectionView section(ScopingSnapshot.SectionEntry entry, Locale locale) {
        return new SectionView(entry.section(), reasons(entry.reasons(), locale));
    }

    private List<ReasonView> reasons(List<Reason> reasons, Locale locale) {
        return reasons.stream()
                .map(reason -> new ReasonView(
                        reason.code(),
                        texts.text(reason, locale),
                        texts.text(reason, JAPANESE),
                        texts.text(reason, Locale.ENGLISH)))
                .toList();
    }

    record CandidateList(List<CandidateView> items) {}

    record CandidateView(
            UUID id,
            UUID initiativeId,
            UUID serviceId,
            String serviceName,
            UUID providerId,
            String providerName,
            String providerCountry,
            @Nullable String parentName,
            @Nullable String parentCountry,
            @Nullable String contractingEntityName,
            @Nullable String contractingEntityCountry,
            List<String> dataLocations,
            List<String> operationLocations,
            List<String> subprocessorCountries,
            boolean open,
            Instant addedAt,
            String addedBy,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawnBy,
            @Nullable String withdrawReason,
            ScopingSummary scoping) {}

    /** What applies to the candidate, in short; {@code hash} changes exactly when the scoping does. */
    record ScopingSummary(
            String release, List<Section> sections, int sectionCount, int itemCount, String hash, Instant scopedAt) {}

    record ScopingView(
            UUID candidateId,
            String serviceName,
            String hash,
            String release,
            List<SectionView> sections,
            List<ItemView> items,
            List<SectionView> notApplicable,
            List<ChangeView> history) {}

    record SectionView(Section section, List<ReasonView> reasons) {}

    record ItemView(String id, Section section, List<ReasonView> reasons) {}

    /** A reason by its code, in the caller's language ({@code text}) and in Japanese and English. */
    record ReasonView(String code, String text, String ja, String en) {}

    /**
     * @param because what changed: the service's facts ({@code candidate.dataLocations}, …) or the
     *     initiative's assets ({@code assetIds}, {@code assetCategories}); empty for the first scoping
     */
    record ChangeView(
            Instant changedAt,
            String changedBy,
            boolean first,
            List<String> because,
            String releaseBefore,
            String releaseAfter,
            List<SectionView> sectionsAdded,
            List<SectionView> sectionsRemoved,
            List<String> itemsAdded,
            List<String> itemsRemoved) {}
}
