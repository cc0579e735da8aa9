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

    /**
     * A Spring MVC redirect view name to the safe path, else to {@code fallback} (a path of ours). The
     * path is a plain path: every character that is not plainly allowed in a URL, {@code {}} above all,
     * is percent-encoded, so that the redirect never expands a URI template from the user's input
     * (which failed with a server error after the change had been saved).
     */
    public static String redirect(@Nullable String returnTo, String fallback) {
        String path = safe(returnTo, fallback);
        return "redirect:" + plain(path == null ? fallback : path);
    }

    /** The path with everything outside the unreserved, sub-delimiter and path characters of RFC 3986 encoded. */
    static String plain(String path) {
        StringBuilder out = new StringBuilder(path.length());
        byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escapeAlready = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escapeAlready || (b < 0x80 && PLAIN.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            }
        }
        return out.toString();
    }

    private static final String HEX = "0123456789ABCDEF";
    private static final String PLAIN =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?#";

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
