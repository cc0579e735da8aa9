package io.mekiki.decision;

import java.util.Map;

/**
 * The state a decision is made on, as facts (strings, numbers, booleans, lists, nested maps). It is
 * frozen as canonical JSON with its SHA-256 when the decision is requested, and again when decided.
 */
public record Basis(Map<String, ?> facts) {}
