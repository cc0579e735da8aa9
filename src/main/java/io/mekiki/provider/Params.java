package io.mekiki.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Positional statement parameters, with lists of them spliced in where they stand. */
final class Params {

    private Params() {}

    static List<Object> of(Object... values) {
        List<Object> parameters = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Spliced spliced) {
                parameters.addAll(spliced.values());
            } else {
                parameters.add(value);
            }
        }
        return parameters;
    }

    /** Values that take several positions. */
    record Spliced(Collection<?> values) {}
}
