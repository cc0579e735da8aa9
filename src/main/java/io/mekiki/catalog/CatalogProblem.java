package io.mekiki.catalog;

import java.util.List;

/**
 * One thing wrong with a catalogue file, where it is and what it is. The code resolves in the message
 * bundles ({@code catalog.problem.*}) with the arguments, so each user reads it in their language.
 *
 * @param file the file name as uploaded or bundled
 * @param line 1-based line number, or 0 when the problem concerns the whole release
 */
public record CatalogProblem(String file, int line, String code, List<String> arguments) {

    public CatalogProblem {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "catalog.problem." + code;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + code + " " + arguments;
    }
}
