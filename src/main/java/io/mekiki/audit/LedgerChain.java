package io.mekiki.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The rules of the hash chain. {@code tools/VerifyLedger.java} repeats them without any dependency, so
 * any change here must be made there too (and the tests that run it will notice when it is not).
 *
 * <p>The entry hash is SHA-256 over these fields joined by a line feed, in this order: sequence,
 * recordedAt, organizationId, actorId, actorName, action, subjectType, subjectId, changeDigest,
 * previousHash. Because the line feed separates them, none of these fields may contain one: {@link
 * #link} turns line feeds into spaces, and verification refuses an entry that holds one, since its text
 * could otherwise be moved across a field boundary without changing the hash.
 */
public final class LedgerChain {

    public static final String GENESIS_HASH = "0".repeat(64);

    private LedgerChain() {}

    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static String sha256(String text) {
        return io.mekiki.shared.Sha256.hex(text);
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
        actorId = oneLine(actorId);
        actorName = oneLine(actorName);
        action = oneLine(action);
        subjectType = oneLine(subjectType);
        subjectId = oneLine(subjectId);
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

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ');
    }

    /** The first field joined into the entry hash that contains a line feed, or null. */
    private static String fieldWithLineFeed(LedgerEntry entry) {
        String[] names = {"recordedAt", "actorId", "actorName", "action", "subjectType", "subjectId"};
        String[] values = {
            entry.recordedAt(),
            entry.actorId(),
            entry.actorName(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId()
        };
        for (int i = 0; i < names.length; i++) {
            if (values[i].indexOf('\n') >= 0) {
                return names[i];
            }
        }
        return null;
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
            String fieldWithLineFeed = fieldWithLineFeed(entry);
            if (fieldWithLineFeed != null) {
                return fieldWithLineFeed
                        + " contains a line feed, which the entry hash cannot tell from a field boundary";
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

        /** After the last entry: the chain must end exactly where the head says it ends. */
        void expectEnd(long lastSequence, String lastHash) {
            if (broken != null) {
                return;
            }
            long chainEnd = expectedSequence - 1;
            if (chainEnd < lastSequence) {
                broken = ChainVerification.brokenAt(
                        read,
                        expectedSequence,
                        "the chain ends at " + chainEnd + " before its recorded head " + lastSequence);
            } else if (chainEnd > lastSequence) {
                broken = ChainVerification.brokenAt(
                        read, lastSequence + 1, "entries follow the recorded head " + lastSequence);
            } else if (!previousHash.equals(lastHash)) {
                broken = ChainVerification.brokenAt(
                        read, lastSequence, "the last entry is not the one recorded as the head");
            }
        }

        ChainVerification result() {
            return broken != null ? broken : ChainVerification.intact(read);
        }
    }
}
