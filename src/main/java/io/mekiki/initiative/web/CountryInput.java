package io.mekiki.initiative.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country as a person enters it in a form: the ISO 3166-1 alpha-2 code the list offers, or the
 * country's name in Japanese or English typed without choosing from the list ("日本", "Japan (JP)").
 * What it cannot read it passes on unchanged, for the initiative to refuse with the field named.
 */
final class CountryInput {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern CODE_LIST = Pattern.compile("\\s*[A-Za-z]{2}(\\s+[A-Za-z]{2})*\\s*");
    private static final Pattern NAME_WITH_CODE = Pattern.compile(".*\\(\\s*([A-Za-z]{2})\\s*\\)\\s*");
    private static final Map<String, String> CODES_BY_NAME = namesToCodes();

    private CountryInput() {}

    static String code(String input) {
        String text = input.strip();
        if (CODE.matcher(text).matches()) {
            return text.toUpperCase(Locale.ROOT);
        }
        Matcher withCode = NAME_WITH_CODE.matcher(text);
        if (withCode.matches()) {
            return withCode.group(1).toUpperCase(Locale.ROOT);
        }
        return CODES_BY_NAME.getOrDefault(text.toLowerCase(Locale.ROOT), text);
    }

    /** Whether the text is codes separated by spaces, as in "JP US". */
    static boolean isCodeList(String text) {
        return CODE_LIST.matcher(text).matches();
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
