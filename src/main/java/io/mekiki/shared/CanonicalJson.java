package io.mekiki.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one canonical JSON writer of the application: everything that is hashed or compared as text is
 * written with it (audit ledger changes, frozen decision bases, scoping snapshots). The same facts always
 * give the same text, and therefore the same SHA-256 ({@link Sha256}):
 *
 * <ul>
 *   <li>object keys sorted (by UTF-16 code units), no white space;
 *   <li>lists (collections and arrays) in their order;
 *   <li>numbers as plain JSON numbers with trailing zeros dropped, so that {@code 2}, {@code 2L}, {@code
 *       2.0} and {@code 2.00} are the same fact ({@code 2}); a number that is not finite has no JSON form
 *       and is written as text;
 *   <li>booleans and null bare; enum constants by name; anything else as its text, escaped.
 * </ul>
 *
 * Before issue 9 the ledger's writer wrote numbers other than integers as text; changes already in the
 * ledger keep verifying because verification hashes the stored text, never re-writes it (ADR 020).
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String write(Object value) {
        return write(value, Integer.MAX_VALUE);
    }

    /**
     * As {@link #write(Object)}, refusing a text longer than {@code maxChars} while writing, before all of
     * a huge value is copied.
     *
     * @throws TooLargeException when the text exceeds {@code maxChars}
     */
    public static String write(Object value, int maxChars) {
        StringBuilder out = new StringBuilder();
        append(out, value, maxChars);
        requireWithin(out, maxChars);
        return out.toString();
    }

    /** Refused: the canonical text would exceed the limit given. */
    public static final class TooLargeException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int maxChars;

        TooLargeException(int maxChars) {
            super("Canonical JSON longer than " + maxChars + " characters");
            this.maxChars = maxChars;
        }

        public int maxChars() {
            return maxChars;
        }
    }

    private static void requireWithin(StringBuilder out, int maxChars) {
        if (out.length() > maxChars) {
            throw new TooLargeException(maxChars);
        }
    }

    private static void append(StringBuilder out, Object value, int maxChars) {
        requireWithin(out, maxChars);
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
                appendString(out, entry.getKey());
                out.append(':');
                append(out, entry.getValue(), maxChars);
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            appendList(out, items, maxChars);
        } else if (value instanceof Object[] items) {
            appendList(out, Arrays.asList(items), maxChars);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number number) {
            out.append(plainNumber(number));
        } else if (value instanceof Enum<?> constant) {
            appendString(out, constant.name());
        } else {
            appendString(out, value.toString());
        }
    }

    private static void appendList(StringBuilder out, Collection<?> items, int maxChars) {
        out.append('[');
        String separator = "";
        for (Object item : items) {
            out.append(separator);
            separator = ",";
            append(out, item, maxChars);
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

    /** Appends the text as a JSON string, escaped. */
    public static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
