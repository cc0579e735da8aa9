package io.mekiki.shared;

import org.jspecify.annotations.Nullable;

/**
 * Where a form may send the user back to after it is done: only a path of this application, never
 * another site, because an open redirect helps phishing.
 */
public final class ReturnPaths {

    private static final int MAX_LENGTH = 500;

    private ReturnPaths() {}

    /** The path itself when it is safe, else {@code fallback}. */
    public static @Nullable String safe(@Nullable String returnTo, @Nullable String fallback) {
        if (returnTo == null
                || returnTo.isBlank()
                || returnTo.length() > MAX_LENGTH
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.contains("\\")
                // browsers drop tabs and line breaks inside a URL, so "/\t/evil" would become "//evil"
                || returnTo.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return returnTo;
    }
}
