package io.mekiki.scoping.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Reference;
import io.mekiki.scoping.ReasonTexts;
import io.mekiki.scoping.ScopingResult;
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
                                legalBasis(verdict.item(), references, locale),
                                reasons.texts(verdict.reasons(), locale)))
                        .toList(),
                result.notApplicable().stream()
                        .map(verdict -> ScopingApi.section(
                                verdict,
                                sectionTitle(verdict.section(), locale),
                                reasons.texts(verdict.reasons(), locale)))
                        .toList());
    }

    String sectionTitle(io.mekiki.catalog.Section section, Locale locale) {
        return messages.getMessage(section.messageKey(), null, section.name(), locale);
    }

    /** "個人情報保護法 第25条" / "APPI Art. 25": the short name of the law and the article. */
    static List<String> legalBasis(CheckItem item, Map<String, Reference> references, Locale locale) {
        return item.basis().stream()
                .map(basis -> {
                    Reference reference = references.get(basis.referenceId());
                    String name = reference == null
                            ? basis.referenceId()
                            : reference.shortName().in(locale);
                    return basis.article() == null
                            ? name
                            : name + " " + basis.article().in(locale);
                })
                .toList();
    }
}
