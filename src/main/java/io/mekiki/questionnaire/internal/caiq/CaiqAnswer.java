package io.mekiki.questionnaire.internal.caiq;

import java.util.Locale;
import java.util.Optional;

/** The provider's answer to a CAIQ question, as the CSA's answer column allows it. */
public enum CaiqAnswer {
    YES,
    NO,
    NA;

    /** The answer a cell holds ({@code Yes}, {@code No}, {@code NA} or {@code N/A}, any case); empty if none. */
    static Optional<CaiqAnswer> parse(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "YES" -> Optional.of(YES);
            case "NO" -> Optional.of(NO);
            case "NA", "N/A" -> Optional.of(NA);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "caiq.answer." + name();
    }
}
