package io.mekiki.shared;

/**
 * The request attribute that fixes the language of a response, whoever asks: a page that speaks the language of
 * its subject rather than its reader's (the provider's questionnaire link, ADR 041) sets a {@link java.util.Locale}
 * under this name before its view is rendered.
 */
public final class PageLanguage {

    public static final String ATTRIBUTE = "io.mekiki.pageLanguage";

    private PageLanguage() {}
}
