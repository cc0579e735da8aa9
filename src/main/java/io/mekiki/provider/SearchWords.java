package io.mekiki.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search text as SQL: every word must match one of the columns, in any letter case. Japanese users
 * separate words with an ideographic space too.
 */
record SearchWords(String condition, Map<String, Object> parameters) {

    static SearchWords of(@Nullable String text, String... columns) {
        StringBuilder condition = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String parameter = "word" + i;
            condition.append(" and (");
            for (int c = 0; c < columns.length; c++) {
                condition
                        .append(c == 0 ? "" : " or ")
                        .append(columns[c])
                        .append(" ilike :")
                        .append(parameter);
            }
            condition.append(')');
            parameters.put(parameter, "%" + escapeLike(words.get(i)) + "%");
        }
        return new SearchWords(condition.toString(), parameters);
    }

    private static List<String> words(@Nullable String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String word : text.split("[\\s\\u3000]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
