package io.mekiki.catalog;

import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A law, guideline, standard or certification that items cite. */
public record Reference(
        String id,
        ReferenceKind kind,
        LocalizedText name,
        LocalizedText shortName,
        LocalizedText issuer,
        @Nullable String version,
        @Nullable LocalDate date,
        List<Article> articles,
        Confidence confidence,
        @Nullable String url) {

    public Reference {
        articles = List.copyOf(articles);
    }

    /** An article the catalogue cites, summarised in our words. */
    public record Article(LocalizedText article, LocalizedText summary) {}
}
