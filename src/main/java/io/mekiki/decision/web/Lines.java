package io.mekiki.decision.web;

import java.util.Arrays;
import java.util.List;

/** A text area typed one entry per line. */
final class Lines {

    private Lines() {}

    /** The non-blank lines, trimmed. */
    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
