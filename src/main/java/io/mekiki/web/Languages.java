package io.mekiki.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Mekiki speaks; Japanese first. */
public final class Languages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

    private Languages() {}

    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }
}
