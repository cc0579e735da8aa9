package io.mekiki.decision;

import io.mekiki.shared.CanonicalJson;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.Sha256;
import java.util.Map;

/**
 * A basis written as canonical JSON ({@link CanonicalJson}: keys sorted, no white space, numbers in plain
 * notation) with the SHA-256 of that text ({@link Sha256}): the same facts always give the same text and hash, whatever the key order.
 */
record FrozenBasis(String json, String hash) {

    /**
     * The largest basis, in characters of canonical JSON, that a decision freezes: every member reads it
     * with the decision, so it holds facts, not documents. An initiative's basis stays far below it.
     */
    static final int MAX_CHARS = 256 * 1024;

    /** The frozen basis; refused (field {@code basis}) when it exceeds {@link #MAX_CHARS}. */
    static FrozenBasis of(Basis basis) {
        String json = canonicalJson(basis == null || basis.facts() == null ? Map.of() : basis.facts());
        return new FrozenBasis(json, sha256(json));
    }

    /** The one canonical writer ({@link CanonicalJson}), refusing (field {@code basis}) a basis over the limit. */
    static String canonicalJson(Object value) {
        try {
            return CanonicalJson.write(value, MAX_CHARS);
        } catch (CanonicalJson.TooLargeException tooLarge) {
            // invalid input like any over-long field, whichever module's API carried it
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE,
                    "basis",
                    "decision.error.basisTooLarge",
                    MAX_CHARS / 1024);
        }
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
