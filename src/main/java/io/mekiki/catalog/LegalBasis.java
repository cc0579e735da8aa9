package io.mekiki.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How an item's legal basis reads: the short name of the cited document followed by the article, as
 * in "個人情報保護法 第25条" or "APPI Art. 25"; the whole document when no article is given.
 */
public final class LegalBasis {

    private LegalBasis() {}

    /**
     * One cited document as a reader sees it.
     *
     * @param referenceId the id of the entry in the reference library, for links
     */
    public record Citation(String referenceId, String text) {}

    public static List<Citation> citations(CheckItem item, Map<String, Reference> references, Locale locale) {
        return item.basis().stream()
                .map(basis -> new Citation(basis.referenceId(), text(basis, references, locale)))
                .toList();
    }

    public static List<String> texts(CheckItem item, Map<String, Reference> references, Locale locale) {
        return item.basis().stream()
                .map(basis -> text(basis, references, locale))
                .toList();
    }

    private static String text(CheckItem.Basis basis, Map<String, Reference> references, Locale locale) {
        Reference reference = references.get(basis.referenceId());
        String name =
                reference == null ? basis.referenceId() : reference.shortName().in(locale);
        return basis.article() == null ? name : name + " " + basis.article().in(locale);
    }
}
