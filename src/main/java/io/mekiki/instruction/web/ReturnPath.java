package io.mekiki.instruction.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Where a form may send the user back to: a path of this application, never another site. */
final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?&=+,;:@!$'()*\\-#]*");
    private static final int MAX_LENGTH = 500;

    private ReturnPath() {}

    static @Nullable String of(@Nullable String requested) {
        if (requested == null
                || requested.length() > MAX_LENGTH
                || !SAFE.matcher(requested).matches()) {
            return null;
        }
        return requested;
    }
}
