package io.mekiki.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The answer to one check item of a candidate's assessment, as stored (one row). */
public record Answer(
        String itemId,
        AnswerStatus status,
        String answer,
        @Nullable String reason,
        AnswerSource source,
        @Nullable UUID answeredBy,
        Instant answeredAt,
        long version) {}
