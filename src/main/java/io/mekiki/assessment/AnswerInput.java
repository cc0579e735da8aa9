package io.mekiki.assessment;

import org.jspecify.annotations.Nullable;

/**
 * An answer as given, not yet checked: status and source as texts, so that a value outside the lists is
 * refused naming its field; {@code version} the version read (null or 0 for an item not answered yet).
 */
public record AnswerInput(
        @Nullable String status,
        @Nullable String answer,
        @Nullable String source,
        @Nullable String reason,
        @Nullable Long version) {}
