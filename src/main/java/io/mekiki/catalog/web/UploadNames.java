package io.mekiki.catalog.web;

import org.jspecify.annotations.Nullable;

/** The name an uploaded file goes by in problems and in storage: no folders, no control characters. */
final class UploadNames {

    static final String DEFAULT = "release.yaml";
    private static final int MAX_LENGTH = 120;

    private UploadNames() {}

    static String clean(@Nullable String given) {
        if (given == null) {
            return DEFAULT;
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty()) {
            return DEFAULT;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
