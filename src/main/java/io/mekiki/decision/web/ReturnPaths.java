package io.mekiki.decision.web;

/**
 * Where a form embedded in another module's page sends the user back to. The same rule as the shell's
 * language switch: only paths of this application, never another site (an open redirect would help
 * phishing).
 */
final class ReturnPaths {

    private ReturnPaths() {}

    /** The path itself when it is safe, else {@code fallback}. */
    static String safe(String returnTo, String fallback) {
        if (returnTo == null
                || returnTo.isBlank()
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.contains("\\")
                // browsers drop tabs and line breaks inside a URL, so "/\t/evil" would become "//evil"
                || returnTo.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return returnTo;
    }

    /** Whether an evidence reference may be shown as a link: a path of this application or a web address. */
    static boolean linkable(String reference) {
        if (reference == null) {
            return false;
        }
        if (reference.startsWith("/")) {
            return safe(reference, null) != null;
        }
        return (reference.startsWith("https://") || reference.startsWith("http://"))
                && reference.chars().noneMatch(Character::isISOControl);
    }
}
