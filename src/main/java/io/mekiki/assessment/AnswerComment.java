package io.mekiki.assessment;

import java.time.Instant;
import java.util.UUID;

/** A comment on an answer, by a business owner, risk officer or executive. */
public record AnswerComment(UUID id, String itemId, UUID authorId, String body, Instant createdAt) {}
