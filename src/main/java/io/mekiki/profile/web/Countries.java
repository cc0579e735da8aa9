package io.mekiki.profile.web;

import io.mekiki.profile.OrganizationProfile;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The countries of ISO 3166-1 with their names in the reader's language; Japan first. */
final class Countries {

    private Countries() {}

    record Country(String code, String name) {}

    static List<Country> in(Locale language) {
        Collator collator = Collator.getInstance(language);
        List<Country> others = Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals(OrganizationProfile.JAPAN))
                .map(code -> country(code, language))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
        return Stream.concat(Stream.of(country(OrganizationProfile.JAPAN, language)), others.stream())
                .toList();
    }

    private static String name(String code, Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }

    private static Country country(String code, Locale language) {
        return new Country(code, name(code, language) + " (" + code + ")");
    }
}
