package io.mekiki.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Evidence on an answer: an uploaded file (its name, type, size and SHA-256; the bytes are read only when
 * downloaded) or a checked link ({@code reference}). Kept by item, across new answers on the item.
 */
public record AnswerEvidence(
        UUID id,
        String itemId,
        Kind kind,
        String title,
        @Nullable String reference,
        @Nullable String fileName,
        @Nullable String mediaType,
        @Nullable Long size,
        @Nullable String sha256,
        @Nullable UUID addedBy,
        Instant addedAt) {

    public enum Kind {
        FILE,
        LINK
    }
}
