package io.mekiki.questionnaire.internal.caiq;

import org.jspecify.annotations.Nullable;

/**
 * One reason a CAIQ spreadsheet is refused: where (sheet, row as the spreadsheet numbers it, column letter) when
 * it is a place in the file, and a message code of the {@code caiq.import.error.*} family with its arguments.
 */
public record CaiqProblem(
        @Nullable String sheet,
        @Nullable Integer row,
        @Nullable String column,
        String code,
        Object[] arguments) {

    static CaiqProblem file(String code, Object... arguments) {
        return new CaiqProblem(null, null, null, code, arguments);
    }

    static CaiqProblem at(String sheet, int row, @Nullable String column, String code, Object... arguments) {
        return new CaiqProblem(sheet, row, column, code, arguments);
    }
}
