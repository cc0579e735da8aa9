package io.mekiki.decision;

import java.util.UUID;

/**
 * What a decision is about, e.g. {@code ("INITIATIVE", id)} and the topic on it, e.g. the gate
 * {@code PREPARATION_PURPOSE_APPROVED}.
 */
public record Subject(String type, UUID id) {

    /** A topic of decisions on subjects of a type, e.g. a gate of initiatives. */
    public record Topic(String subjectType, String topic) {}
}
