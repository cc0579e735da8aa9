package io.mekiki.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the application, as 64 lower-case hex digits: of a text (its UTF-8 bytes), of bytes,
 * or of a digest fed piece by piece. Used for the audit ledger, frozen decision bases, catalogue releases,
 * attachments and secrets alike; {@code tools/VerifyLedger.java} repeats it without dependencies.
 */
public final class Sha256 {

    private Sha256() {}

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A fresh digest to feed piece by piece; {@link #hex(MessageDigest)} finishes it. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
