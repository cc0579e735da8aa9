package io.mekiki.provider.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The countries of ISO 3166-1 with their names in the reader's language; Japan first. */
final class Countries {

    private static final String JAPAN = "JP";

    private Countries() {}

    record Country(String code, String name) {}

    static List<Country> in(Locale language) {
        Collator collator = Collator.getInstance(language);
        List<Country> others = Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals(JAPAN))
                .map(code -> new Country(code, label(code, language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
        return Stream.concat(Stream.of(new Country(JAPAN, label(JAPAN, language))), others.stream())
                .toList();
    }

    /** Every code with its name, for showing stored codes. */
    static Map<String, String> names(Locale language) {
        Map<String, String> names = new LinkedHashMap<>();
        in(language).forEach(country -> names.put(country.code(), country.name()));
        return names;
    }

    private static String label(String code, Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return (name.isBlank() ? code : name) + " (" + code + ")";
    }
}
