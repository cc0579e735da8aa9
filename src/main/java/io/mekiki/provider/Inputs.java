package io.mekiki.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The input rules every record of the module shares: lengths, optional text and country codes. */
final class Inputs {

    static final int NAME_MAX = 200;
    static final int SHORT_MAX = 500;
    static final int TEXT_MAX = 4000;
    static final int COUNTRIES_MAX = 50;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Inputs() {}

    static @Nullable String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String required(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    /** An ISO 3166-1 alpha-2 code in upper case; other text is kept as typed so that a refusal can quote it. */
    static @Nullable String country(@Nullable String code) {
        String stripped = optional(code);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }

    static List<String> countries(@Nullable List<String> codes) {
        List<String> result = new ArrayList<>();
        if (codes != null) {
            for (String code : codes) {
                String country = country(code);
                if (country != null && !result.contains(country)) {
                    result.add(country);
                }
            }
        }
        return List.copyOf(result);
    }

    static List<String> texts(@Nullable List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                String text = optional(value);
                if (text != null && !result.contains(text)) {
                    result.add(text);
                }
            }
        }
        return List.copyOf(result);
    }

    static void requireText(String field, String text, int max) {
        if (text.isEmpty()) {
            throw ProviderRuleViolation.invalid(field, "provider.error.required");
        }
        requireLength(field, text, max);
    }

    static void requireLength(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw ProviderRuleViolation.invalid(field, "provider.error.tooLong", max);
        }
    }

    static void requireCountry(String field, @Nullable String code, boolean required) {
        if (code == null) {
            if (required) {
                throw ProviderRuleViolation.invalid(field, "provider.error.countryRequired");
            }
            return;
        }
        if (!COUNTRIES.contains(code)) {
            throw ProviderRuleViolation.invalid(field, "provider.error.unknownCountry", code);
        }
    }

    static void requireCountries(String field, List<String> codes) {
        if (codes.size() > COUNTRIES_MAX) {
            throw ProviderRuleViolation.invalid(field, "provider.error.tooMany", COUNTRIES_MAX);
        }
        for (int i = 0; i < codes.size(); i++) {
            requireCountry(field + "[" + i + "]", codes.get(i), true);
        }
    }
}
