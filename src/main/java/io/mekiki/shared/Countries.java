package io.mekiki.shared;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The countries of ISO 3166-1 (alpha-2 codes) with their names in the reader's language, the one list
 * every form chooses countries from (Japan first, then by name as the reader's language sorts it), and
 * how a country typed into a form is read: the code the list offers, or the country's name in Japanese
 * or English typed without choosing from the list ("日本", "Japan (JP)").
 */
public final class Countries {

    public static final String JAPAN = "JP";

    private static final Set<String> CODES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CODE_LIST = Pattern.compile("\\s*[A-Za-z]{2}(\\s+[A-Za-z]{2})*\\s*");
    private static final Pattern NAME_WITH_CODE = Pattern.compile(".*\\(\\s*([A-Za-z]{2})\\s*\\)\\s*");
    private static final Map<String, String> CODES_BY_NAME = namesToCodes();

    private Countries() {}

    /**
     * A country to choose.
     *
     * @param name the country's name in the reader's language
     */
    public record Country(String code, String name) {

        /** The name with the code, as lists and stored values show it: "日本 (JP)". */
        public String label() {
            return name + " (" + code + ")";
        }
    }

    public static boolean isKnown(@Nullable String code) {
        return code != null && CODES.contains(code);
    }

    /** The country's name with its code in the reader's language ("Japan (JP)"); an unknown code as it is. */
    public static String name(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Every country, Japan first, then sorted by its name in the reader's language. */
    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Country> others = CODES.stream()
                .filter(code -> !code.equals(JAPAN))
                .map(code -> country(code, locale))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
        return Stream.concat(Stream.of(country(JAPAN, locale)), others.stream()).toList();
    }

    /** Every code with its name and code ("Japan (JP)"), for showing stored codes. */
    public static Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        all(locale).forEach(country -> names.put(country.code(), country.label()));
        return names;
    }

    /**
     * The code of a country as a person typed or chose it: a code in any case, a name with its code in
     * brackets, or a name in Japanese or English. What it cannot read comes back stripped but unchanged,
     * for the caller to refuse with the field named.
     */
    public static String code(@Nullable String input) {
        String text = input == null ? "" : input.strip();
        if (CODE.matcher(text).matches()) {
            return text.toUpperCase(Locale.ROOT);
        }
        Matcher withCode = NAME_WITH_CODE.matcher(text);
        if (withCode.matches()) {
            return withCode.group(1).toUpperCase(Locale.ROOT);
        }
        return CODES_BY_NAME.getOrDefault(text.toLowerCase(Locale.ROOT), text);
    }

    /**
     * Countries typed into one field: separated by commas (also 、，;) or, when they are all codes, by
     * spaces ("JP US"); each read as {@link #code(String)}; blanks left out.
     */
    public static List<String> codes(@Nullable String input) {
        return Arrays.stream((input == null ? "" : input).split("[,、，;]+"))
                .flatMap(part -> CODE_LIST.matcher(part).matches()
                        ? Arrays.stream(part.strip().split("\\s+"))
                        : Stream.of(part))
                .filter(part -> !part.isBlank())
                .map(Countries::code)
                .toList();
    }

    private static Country country(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return new Country(code, name.isBlank() ? code : name);
    }

    private static Map<String, String> namesToCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            Arrays.asList(Locale.JAPANESE, Locale.ENGLISH)
                    .forEach(language -> codes.putIfAbsent(
                            country.getDisplayCountry(language).toLowerCase(Locale.ROOT), code));
        }
        return codes;
    }
}
