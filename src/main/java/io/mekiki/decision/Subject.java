package io.mekiki.decision;

import java.util.UUID;

/**
 * What a decision is about, e.g. {@code ("INITIATIVE", id)} and the topic on it, e.g. the gate
 * {@code PREPARATION_PURPOSE_APPROVED}.
 */
public record Subject(String type, UUID id) {}
