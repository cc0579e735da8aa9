package io.mekiki.provider;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Values of a change as the audit ledger keeps them: text, with none as an empty text so maps may hold it. */
final class ChangeValues {

    private ChangeValues() {}

    static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    static List<String> ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
