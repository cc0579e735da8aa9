package io.mekiki.decision;

import io.mekiki.shared.CanonicalJson;
import io.mekiki.shared.RuleViolationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A basis written as canonical JSON (keys sorted, no white space, numbers in plain notation) with the
 * SHA-256 of that text: the same facts always give the same text and hash, whatever the key order.
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

    static String canonicalJson(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        requireWithinLimit(out);
        return out.toString();
    }

    /** Checked while writing too, so that a huge basis is refused before all of it is copied. */
    private static void requireWithinLimit(StringBuilder out) {
        if (out.length() > MAX_CHARS) {
            // invalid input like any over-long field (400), whichever module's API carried it
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE,
                    "basis",
                    "decision.error.basisTooLarge",
                    MAX_CHARS / 1024);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        requireWithinLimit(out);
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
            out.append('{');
            String separator = "";
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                out.append(separator);
                separator = ",";
                CanonicalJson.appendString(out, entry.getKey());
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            appendList(out, items);
        } else if (value instanceof Object[] items) {
            appendList(out, Arrays.asList(items));
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number number) {
            out.append(plainNumber(number));
        } else if (value instanceof Enum<?> constant) {
            CanonicalJson.appendString(out, constant.name());
        } else {
            CanonicalJson.appendString(out, value.toString());
        }
    }

    private static void appendList(StringBuilder out, Collection<?> items) {
        out.append('[');
        String separator = "";
        for (Object item : items) {
            out.append(separator);
            separator = ",";
            append(out, item);
        }
        out.append(']');
    }

    /** 2, 2.0 and 2.00 are the same fact; a number that is not finite has no JSON form and is kept as text. */
    private static String plainNumber(Number number) {
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        } else if (number instanceof BigInteger big) {
            decimal = new BigDecimal(big);
        } else if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return '"' + Double.toString(value) + '"';
            }
            decimal = new BigDecimal(number instanceof Float single ? Float.toString(single) : Double.toString(value));
        } else {
            decimal = BigDecimal.valueOf(number.longValue());
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
