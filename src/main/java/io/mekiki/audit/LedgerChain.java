package io.mekiki.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The rules of the hash chain. {@code tools/VerifyLedger.java} repeats them without any dependency, so
 * any change here must be made there too (and the tests that run it will notice when it is not).
 *
 * <p>The entry hash is SHA-256 over these fields joined by a line feed, in this order: sequence,
 * recordedAt, organizationId, actorId, actorName, action, subjectType, subjectId, changeDigest,
 * previousHash.
 */
public final class LedgerChain {

    public static final String GENESIS_HASH = "0".repeat(64);

    private LedgerChain() {}

    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String entryHash(
            long sequence,
            String recordedAt,
            UUID organizationId,
            String actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String changeDigest,
            String previousHash) {
        return sha256(String.join(
                "\n",
                Long.toString(sequence),
                recordedAt,
                organizationId.toString(),
                actorId,
                actorName,
                action,
                subjectType,
                subjectId,
                changeDigest,
                previousHash));
    }

    static LedgerEntry link(
            UUID organizationId,
            long sequence,
            String recordedAt,
            String actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String change,
            String previousHash) {
        String changeDigest = sha256(change);
        String hash = entryHash(
                sequence,
                recordedAt,
                organizationId,
                actorId,
                actorName,
                action,
                subjectType,
                subjectId,
                changeDigest,
                previousHash);
        return new LedgerEntry(
                organizationId,
                sequence,
                recordedAt,
                actorId,
                actorName,
                action,
                subjectType,
                subjectId,
                change,
                changeDigest,
                previousHash,
                hash);
    }

    /** Checks entries in the order given, from the first entry of the chain on. */
    public static ChainVerification verify(Iterable<LedgerEntry> entries) {
        Verifier verifier = new Verifier();
        for (LedgerEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result();
    }

    /** Checks one entry after another; stops at the first break. */
    static final class Verifier {
        private long expectedSequence = 1;
        private String previousHash = GENESIS_HASH;
        private long read;
        private ChainVerification broken;

        boolean accept(LedgerEntry entry) {
            read++;
            String problem = problemWith(entry);
            if (problem != null) {
                broken = ChainVerification.brokenAt(read, expectedSequence, problem);
                return false;
            }
            expectedSequence++;
            previousHash = entry.entryHash();
            return true;
        }

        private String problemWith(LedgerEntry entry) {
            if (entry.sequence() != expectedSequence) {
                return "expected sequence " + expectedSequence + " but found " + entry.sequence();
            }
            if (!entry.previousHash().equals(previousHash)) {
                return "previous hash does not match the entry before";
            }
            if (!sha256(entry.change()).equals(entry.changeDigest())) {
                return "change does not match its digest";
            }
            String recomputed = entryHash(
                    entry.sequence(),
                    entry.recordedAt(),
                    entry.organizationId(),
                    entry.actorId(),
                    entry.actorName(),
                    entry.action(),
                    entry.subjectType(),
                    entry.subjectId(),
                    entry.changeDigest(),
                    entry.previousHash());
            if (!recomputed.equals(entry.entryHash())) {
                return "entry hash does not match its content";
            }
            return null;
        }

        /** After the last entry: the chain must end where the head says it ends. */
        void expectEnd(long lastSequence, String lastHash) {
            if (broken == null && (expectedSequence - 1 != lastSequence || !previousHash.equals(lastHash))) {
                broken = ChainVerification.brokenAt(
                        read, Math.min(expectedSequence, lastSequence), "the chain ends before its recorded head");
            }
        }

        ChainVerification result() {
            return broken != null ? broken : ChainVerification.intact(read);
        }
    }
}
