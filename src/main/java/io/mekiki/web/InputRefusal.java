package io.mekiki.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** Why the input guard refused a request: a status, the field concerned (if one is) and the message. */
record InputRefusal(HttpStatus status, @Nullable String field, String messageCode, Object[] arguments) {

    static InputRefusal unstorable(String field) {
        return new InputRefusal(HttpStatus.BAD_REQUEST, field, "input.error.characters", new Object[] {field});
    }

    static InputRefusal tooLong(String field, int maxLength) {
        return new InputRefusal(HttpStatus.BAD_REQUEST, field, "input.error.tooLong", new Object[] {field, maxLength});
    }

    static InputRefusal tooManyParameters(int max) {
        return new InputRefusal(HttpStatus.BAD_REQUEST, null, "input.error.tooManyParameters", new Object[] {max});
    }

    static InputRefusal malformedQuery() {
        return new InputRefusal(HttpStatus.BAD_REQUEST, null, "input.error.malformedQuery", new Object[0]);
    }

    static InputRefusal bodyTooLarge(DataSize max) {
        return new InputRefusal(HttpStatus.CONTENT_TOO_LARGE, null, "input.error.bodyTooLarge", new Object[] {
            max.toKilobytes() >= 1024 ? max.toMegabytes() + " MB" : max.toKilobytes() + " KB"
        });
    }
}
