package io.mekiki.operation.internal.sla;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Why a measurement (a CSV line or an entry of a JSON list) or a whole file is refused: the line (1 is the
 * header; null for the file as a whole), the column or field, and the message code with its arguments.
 */
public record MeasurementProblem(
        @Nullable Integer line, @Nullable String column, String code, Object[] arguments) {

    public MeasurementProblem {
        arguments = arguments.clone();
    }

    public static MeasurementProblem file(String code, Object... arguments) {
        return new MeasurementProblem(null, null, code, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeasurementProblem that
                && java.util.Objects.equals(line, that.line)
                && java.util.Objects.equals(column, that.column)
                && code.equals(that.code)
                && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(line, column, code, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "line " + line + ", " + column + ": " + code + Arrays.toString(arguments);
    }
}
