package io.mekiki.catalog.web;

import io.mekiki.shared.NotFoundException;
import java.util.Arrays;

/** A release, item or library entry that the organisation's catalogue does not hold. */
class CatalogEntryNotFound extends NotFoundException {

    private final String messageKey;
    private final Object[] arguments;

    CatalogEntryNotFound(String messageKey, Object... arguments) {
        super(
                messageKey,
                String.join(" ", Arrays.stream(arguments).map(String::valueOf).toList()));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
