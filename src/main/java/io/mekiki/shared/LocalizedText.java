package io.mekiki.shared;

import java.util.Locale;

/**
 * A text written in Japanese and English, as the catalogue and other content carry it.
 *
 * @param ja the Japanese text, the reference version
 * @param en the English text
 */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        ja = ja == null ? "" : ja;
        en = en == null ? "" : en;
    }

    /** The text in the language of the locale; Japanese unless English is asked for. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !en.isBlank() ? en : ja;
    }

    public boolean contains(String query) {
        String needle = query.toLowerCase(Locale.ROOT);
        return ja.toLowerCase(Locale.ROOT).contains(needle)
                || en.toLowerCase(Locale.ROOT).contains(needle);
    }
}
