package io.mekiki.scoping;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes and their names in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private Countries() {}

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Every country, sorted by its name in the reader's language, Japan first. */
    public static List<Country> all(Locale locale) {
        return CODES.stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing((Country country) -> !"JP".equals(country.code()))
                        .thenComparing(Country::name))
                .toList();
    }

    public record Country(String code, String name) {}
}
