package io.mekiki.scoping.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.LegalBasis;
import io.mekiki.catalog.Reference;
import io.mekiki.catalog.Section;
import io.mekiki.scoping.Reason;
import io.mekiki.scoping.ReasonTexts;
import io.mekiki.scoping.ScopingResult;
import io.mekiki.scoping.ScopingResult.ItemVerdict;
import io.mekiki.scoping.ScopingResult.SectionVerdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a scoping result into the texts a reader sees, for the API and the pages alike. */
@Component
class ScopingView {

    private final ReasonTexts reasons;
    private final MessageSource messages;

    ScopingView(ReasonTexts reasons, MessageSource messages) {
        this.reasons = reasons;
        this.messages = messages;
    }

    ScopingApi.ScopingAnswer of(ScopingResult result, CatalogRelease release, Locale locale) {
        Map<String, Reference> references = release.referencesById();
        return new ScopingApi.ScopingAnswer(
                result.catalogRelease(),
                result.sections().stream()
                        .map(verdict -> ScopingApi.section(
                                verdict,
                                sectionTitle(verdict.section(), locale),
                                reasons.texts(verdict.reasons(), locale)))
                        .toList(),
                result.items().stream()
                        .map(verdict -> ScopingApi.item(
                                verdict.item(),
                                locale,
                                LegalBasis.texts(verdict.item(), references, locale),
                                reasons.texts(verdict.reasons(), locale)))
                        .toList(),
                result.notApplicable().stream()
                        .map(verdict -> ScopingApi.section(
                                verdict,
                                sectionTitle(verdict.section(), locale),
                                reasons.texts(verdict.reasons(), locale)))
                        .toList());
    }

    /** The result for the page, grouped as the guide's reading guide leads through it. */
    ScopingReport report(ScopingResult result, CatalogRelease release, Locale locale) {
        Map<String, Reference> references = release.referencesById();
        Map<Section, Long> sizes = release.itemCountBySection();
        Map<ScopingReport.ReadingGroup, List<ScopingReport.Block>> blocks =
                new EnumMap<>(ScopingReport.ReadingGroup.class);
        for (ScopingReport.ReadingGroup group : ScopingReport.ReadingGroup.values()) {
            blocks.put(group, new ArrayList<>());
        }
        for (SectionVerdict verdict : result.sections()) {
            List<ScopingReport.ItemLine> items = result.itemsOf(verdict.section()).stream()
                    .map(item -> itemLine(item, verdict, references, locale))
                    .toList();
            blocks.get(ScopingReport.ReadingGroup.of(verdict.section()))
                    .add(new ScopingReport.Block(
                            verdict.section(),
                            sectionTitle(verdict.section(), locale),
                            reasons.texts(verdict.reasons(), locale),
                            items,
                            sizes.getOrDefault(verdict.section(), 0L)));
        }
        return new ScopingReport(
                result.catalogRelease(),
                result.sections().size(),
                result.items().size(),
                blocks.entrySet().stream()
                        .map(entry -> new ScopingReport.Group(entry.getKey(), List.copyOf(entry.getValue())))
                        .toList(),
                result.notApplicable().stream()
                        .map(verdict -> new ScopingReport.Exclusion(
                                verdict.section(),
                                sectionTitle(verdict.section(), locale),
                                reasons.texts(verdict.reasons(), locale)))
                        .toList());
    }

    private ScopingReport.ItemLine itemLine(
            ItemVerdict verdict, SectionVerdict section, Map<String, Reference> references, Locale locale) {
        CheckItem item = verdict.item();
        List<Reason> own = verdict.reasons().stream()
                .filter(reason -> !section.reasons().contains(reason))
                .toList();
        return new ScopingReport.ItemLine(
                item.id(),
                item.title().in(locale),
                item.question().in(locale),
                item.phase().messageKey(),
                item.weight(),
                item.confidence(),
                LegalBasis.texts(item, references, locale),
                reasons.texts(own, locale));
    }

    String sectionTitle(Section section, Locale locale) {
        return messages.getMessage(section.messageKey(), null, section.name(), locale);
    }
}
