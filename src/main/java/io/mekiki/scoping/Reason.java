package io.mekiki.scoping;

import java.util.List;

/**
 * Why something applies (or not), as a message code of {@code scoping.reason.*} with its arguments.
 * Arguments are plain text (asset names), or values that are themselves translated: an
 * {@link io.mekiki.shared.AssetCategory}, {@link io.mekiki.shared.Sector}, {@link io.mekiki.shared.ServiceModel}
 * or a {@link Country}.
 */
public record Reason(String code, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String code, Object... arguments) {
        return new Reason(code, List.of(arguments));
    }

    public String messageKey() {
        return "scoping.reason." + code;
    }

    /** An ISO 3166-1 alpha-2 country code, shown by its name in the reader's language. */
    public record Country(String code) {}
}
