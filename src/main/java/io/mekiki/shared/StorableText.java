package io.mekiki.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text that the database can keep as it was sent. PostgreSQL refuses the NUL character in text, and a
 * lone UTF-16 surrogate cannot be encoded in UTF-8 at all, so both are refused at the door with the
 * field named instead of failing later as a server error.
 */
public final class StorableText {

    private StorableText() {}

    /** True when the text holds neither NUL nor a surrogate without its partner (null counts as storable). */
    public static boolean isStorable(@Nullable CharSequence text) {
        if (text == null) {
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
