package io.mekiki.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.shared.CanonicalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerChainTests {

    private static final UUID ORGANIZATION = UUID.fromString("5f0c3e8a-2d4b-4f7e-9a61-0c1d2e3f4a5b");

    @Test
    void aChainBuiltByTheRulesVerifies() {
        ChainVerification result = LedgerChain.verify(chain(5));

        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
        assertThat(result.firstInvalidSequence()).isNull();
        assertThat(result.problem()).isNull();
    }

    @Test
    void theEmptyChainIsValid() {
        assertThat(LedgerChain.verify(List.of())).isEqualTo(new ChainVerification(true, 0, null, null));
    }

    @Test
    void theFirstEntryLinksToSixtyFourZerosAndEveryOtherToTheOneBefore() {
        List<LedgerEntry> chain = chain(3);

        assertThat(chain.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).entryHash());
        assertThat(chain.get(2).previousHash()).isEqualTo(chain.get(1).entryHash());
    }

    @Test
    void theEntryHashFollowsTheDocumentedRule() {
        LedgerEntry first = chain(1).get(0);
        String documented = String.join(
                "\n",
                "1",
                first.recordedAt(),
                ORGANIZATION.toString(),
                first.actorId(),
                first.actorName(),
                first.action(),
                first.subjectType(),
                first.subjectId(),
                LedgerChain.sha256(first.change()),
                "0".repeat(64));

        assertThat(first.changeDigest()).isEqualTo(LedgerChain.sha256(first.change()));
        assertThat(first.entryHash()).isEqualTo(LedgerChain.sha256(documented));
        // a known value, so that a change of the rule cannot go unnoticed by the external verifier either
        assertThat(LedgerChain.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aChangedActorIsFound() {
        List<LedgerEntry> chain = chain(5);
        LedgerEntry original = chain.get(2);
        chain.set(
                2, copy(original).actorName("Someone else <else@example.test>").build());

        assertBrokenAt(chain, 3, "entry hash does not match its content");
    }

    @Test
    void aChangedActorIdIsFound() {
        List<LedgerEntry> chain = chain(5);
        chain.set(1, copy(chain.get(1)).actorId(UUID.randomUUID().toString()).build());

        assertBrokenAt(chain, 2, "entry hash does not match its content");
    }

    @Test
    void aChangedActionIsFound() {
        List<LedgerEntry> chain = chain(5);
        chain.set(3, copy(chain.get(3)).action("identity.user.enabled").build());

        assertBrokenAt(chain, 4, "entry hash does not match its content");
    }

    @Test
    void aChangedChangeTextIsFound() {
        List<LedgerEntry> chain = chain(5);
        chain.set(1, copy(chain.get(1)).change("{\"amount\":2000001}").build());

        assertBrokenAt(chain, 2, "change does not match its digest");
    }

    @Test
    void aChangedChangeTextWithARecomputedDigestIsFound() {
        List<LedgerEntry> chain = chain(5);
        String forged = "{\"amount\":2000001}";
        chain.set(
                1,
                copy(chain.get(1))
                        .change(forged)
                        .changeDigest(LedgerChain.sha256(forged))
                        .build());

        assertBrokenAt(chain, 2, "entry hash does not match its content");
    }

    @Test
    void aChangedRecordingTimeIsFound() {
        List<LedgerEntry> chain = chain(5);
        chain.set(
                4, copy(chain.get(4)).recordedAt("2026-11-26T09:00:00.000001Z").build());

        assertBrokenAt(chain, 5, "entry hash does not match its content");
    }

    @Test
    void aDeletedEntryIsFound() {
        List<LedgerEntry> chain = chain(5);
        chain.remove(2);

        assertBrokenAt(chain, 3, "expected sequence 3 but found 4");
    }

    @Test
    void aDeletedFirstEntryIsFound() {
        List<LedgerEntry> chain = chain(3);
        chain.remove(0);

        assertBrokenAt(chain, 1, "expected sequence 1 but found 2");
    }

    @Test
    void anInsertedCopyOfAnEntryIsFound() {
        List<LedgerEntry> chain = chain(5);
        chain.add(2, chain.get(1));

        assertBrokenAt(chain, 3, "expected sequence 3 but found 2");
    }

    @Test
    void anEntryInsertedWithValidLinksOfItsOwnBreaksTheChainAtTheEntryAfterIt() {
        List<LedgerEntry> chain = chain(5);
        // a careful forger: sequence 3, linked to entry 2, every hash recomputed, later entries renumbered
        LedgerEntry forged = link(3, "2026-11-26T10:00:02.500000Z", "finance.payment.approved", chain.get(1));
        List<LedgerEntry> tampered = new ArrayList<>(chain.subList(0, 2));
        tampered.add(forged);
        for (LedgerEntry later : chain.subList(2, 5)) {
            tampered.add(copy(later).sequence(later.sequence() + 1).build());
        }

        assertBrokenAt(tampered, 4, "previous hash does not match the entry before");
    }

    @Test
    void twoReorderedEntriesAreFound() {
        List<LedgerEntry> chain = chain(5);
        Collections.swap(chain, 1, 2);

        assertBrokenAt(chain, 2, "expected sequence 2 but found 3");
    }

    @Test
    void twoReorderedEntriesWithSwappedSequenceNumbersAreFound() {
        List<LedgerEntry> chain = chain(5);
        LedgerEntry second = chain.get(1);
        LedgerEntry third = chain.get(2);
        chain.set(1, copy(third).sequence(2).build());
        chain.set(2, copy(second).sequence(3).build());

        assertBrokenAt(chain, 2, "previous hash does not match the entry before");
    }

    @Test
    void aForgedEntryWithARecomputedHashButAWrongPreviousHashIsFound() {
        List<LedgerEntry> chain = chain(5);
        LedgerEntry original = chain.get(2);
        LedgerEntry forged = LedgerChain.link(
                ORGANIZATION,
                3,
                original.recordedAt(),
                original.actorId(),
                original.actorName(),
                original.action(),
                original.subjectType(),
                original.subjectId(),
                "{\"amount\":1}",
                LedgerChain.sha256("some other history"));
        chain.set(2, forged);

        assertBrokenAt(chain, 3, "previous hash does not match the entry before");
    }

    @Test
    void aForgedEntryLinkedCorrectlyBreaksTheLinkOfTheEntryAfterIt() {
        List<LedgerEntry> chain = chain(5);
        LedgerEntry original = chain.get(2);
        chain.set(2, link(3, original.recordedAt(), "finance.payment.approved", chain.get(1)));

        assertBrokenAt(chain, 4, "previous hash does not match the entry before");
    }

    @Test
    void lineFeedsInFieldsJoinedIntoTheHashBecomeSpaces() {
        LedgerEntry entry = LedgerChain.link(
                ORGANIZATION,
                1,
                "2026-11-26T10:00:00Z",
                "user\n1",
                "Taro\r\nYamada",
                "a\nb",
                "T\nYPE",
                "subject\n1",
                "{\"note\":\"line one\\nline two\"}",
                LedgerChain.GENESIS_HASH);

        assertThat(List.of(entry.actorId(), entry.actorName(), entry.action(), entry.subjectType(), entry.subjectId()))
                .containsExactly("user 1", "Taro Yamada", "a b", "T YPE", "subject 1");
        assertThat(entry.change()).isEqualTo("{\"note\":\"line one\\nline two\"}");
        assertThat(LedgerChain.verify(List.of(entry)).valid()).isTrue();
    }

    @Test
    void anEntryWhoseTextWasMovedAcrossALineFeedKeepsItsHashButIsRefused() {
        String digest = LedgerChain.sha256("{}");
        LedgerEntry withLineFeed = unchecked("user-1", "Taro\nYamada <taro@example.jp>", digest);
        LedgerEntry shifted = unchecked("user-1\nTaro", "Yamada <taro@example.jp>", digest);

        assertThat(shifted.entryHash()).isEqualTo(withLineFeed.entryHash());
        assertBrokenAt(
                List.of(withLineFeed),
                1,
                "actorName contains a line feed, which the entry hash cannot tell from a field boundary");
        assertBrokenAt(
                List.of(shifted),
                1,
                "actorId contains a line feed, which the entry hash cannot tell from a field boundary");
    }

    /** An entry hashed by the rule but not made by {@link LedgerChain#link}, as a forger could. */
    private static LedgerEntry unchecked(String actorId, String actorName, String changeDigest) {
        String recordedAt = "2026-11-26T10:00:00Z";
        String hash = LedgerChain.entryHash(
                1,
                recordedAt,
                ORGANIZATION,
                actorId,
                actorName,
                "identity.user.invited",
                "USER",
                "subject-1",
                changeDigest,
                LedgerChain.GENESIS_HASH);
        return new LedgerEntry(
                ORGANIZATION,
                1,
                recordedAt,
                actorId,
                actorName,
                "identity.user.invited",
                "USER",
                "subject-1",
                "{}",
                changeDigest,
                LedgerChain.GENESIS_HASH,
                hash);
    }

    @Test
    void verificationStopsAtTheFirstBreakAndCountsTheEntriesRead() {
        List<LedgerEntry> chain = chain(6);
        chain.set(1, copy(chain.get(1)).actorName("first forgery").build());
        chain.set(4, copy(chain.get(4)).actorName("second forgery").build());

        ChainVerification result = LedgerChain.verify(chain);

        assertThat(result.firstInvalidSequence()).isEqualTo(2);
        assertThat(result.entries()).isEqualTo(2);
    }

    @Test
    void aChainThatEndsAtItsRecordedHeadIsValid() {
        List<LedgerEntry> chain = chain(4);

        ChainVerification result = verifyAgainstHead(chain, 4, chain.get(3).entryHash());

        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isEqualTo(4);
    }

    @Test
    void aDeletedLastEntryIsOnlyFoundThroughTheHead() {
        List<LedgerEntry> chain = chain(4);
        String head = chain.get(3).entryHash();
        chain.remove(3);

        assertThat(LedgerChain.verify(chain).valid()).isTrue();
        ChainVerification result = verifyAgainstHead(chain, 4, head);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo("the chain ends at 3 before its recorded head 4");
    }

    @Test
    void anEntryAppendedBehindTheRecordedHeadIsFound() {
        List<LedgerEntry> chain = chain(3);
        String head = chain.get(2).entryHash();
        chain.add(link(4, "2026-11-26T10:00:04.000000Z", "finance.payment.approved", chain.get(2)));

        ChainVerification result = verifyAgainstHead(chain, 3, head);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo("entries follow the recorded head 3");
    }

    @Test
    void aRewrittenLastEntryIsFoundThroughTheHead() {
        List<LedgerEntry> chain = chain(3);
        String head = chain.get(2).entryHash();
        chain.set(2, link(3, chain.get(2).recordedAt(), "finance.payment.approved", chain.get(1)));

        ChainVerification result = verifyAgainstHead(chain, 3, head);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo("the last entry is not the one recorded as the head");
    }

    @Test
    void anEmptyChainWithAnEmptyHeadIsValidButNotWithAHeadBeyondIt() {
        assertThat(verifyAgainstHead(List.of(), 0, LedgerChain.GENESIS_HASH).valid())
                .isTrue();

        ChainVerification result = verifyAgainstHead(List.of(), 2, LedgerChain.sha256("x"));
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSequence()).isEqualTo(1);
    }

    @Test
    void timestampsAreUtcWithMicrosecondsAndSurviveARoundTrip() {
        Instant instant = Instant.parse("2026-11-26T10:15:30.123456789Z");

        String written = LedgerChain.timestamp(instant);

        assertThat(written).isEqualTo("2026-11-26T10:15:30.123456Z");
        assertThat(LedgerChain.timestamp(Instant.parse(written))).isEqualTo(written);
        assertThat(LedgerChain.timestamp(Instant.parse("2026-11-26T10:15:30Z"))).isEqualTo("2026-11-26T10:15:30Z");
    }

    private static ChainVerification verifyAgainstHead(List<LedgerEntry> chain, long lastSequence, String lastHash) {
        LedgerChain.Verifier verifier = new LedgerChain.Verifier();
        for (LedgerEntry entry : chain) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        verifier.expectEnd(lastSequence, lastHash);
        return verifier.result();
    }

    /** A valid chain of the given length with varied, realistic content. */
    static List<LedgerEntry> chain(int length) {
        List<LedgerEntry> chain = new ArrayList<>();
        LedgerEntry previous = null;
        for (int sequence = 1; sequence <= length; sequence++) {
            LedgerEntry entry = LedgerChain.link(
                    ORGANIZATION,
                    sequence,
                    LedgerChain.timestamp(Instant.parse("2026-11-26T10:00:00Z").plusMillis(1001L * sequence)),
                    "user-" + sequence,
                    "山田 花子 <hanako@example.jp>",
                    "identity.user.invited",
                    "USER",
                    "subject-" + sequence,
                    CanonicalJson.write(Map.of("email", "u" + sequence + "@example.jp", "roles", List.of("AUDITOR"))),
                    previous == null ? LedgerChain.GENESIS_HASH : previous.entryHash());
            chain.add(entry);
            previous = entry;
        }
        return chain;
    }

    private static LedgerEntry link(long sequence, String recordedAt, String action, LedgerEntry previous) {
        return LedgerChain.link(
                ORGANIZATION,
                sequence,
                recordedAt,
                "forger",
                "Forger <forger@example.test>",
                action,
                "PAYMENT",
                "payment-1",
                "{\"amount\":1000000}",
                previous.entryHash());
    }

    private static void assertBrokenAt(List<LedgerEntry> chain, long sequence, String problem) {
        ChainVerification result = LedgerChain.verify(chain);
        assertThat(result.valid()).as("valid").isFalse();
        assertThat(result.firstInvalidSequence()).as("first invalid sequence").isEqualTo(sequence);
        assertThat(result.problem()).isEqualTo(problem);
    }

    private static EntryCopy copy(LedgerEntry entry) {
        return new EntryCopy(entry);
    }

    /** Changes single fields of an entry, as someone with write access to the database could. */
    private static final class EntryCopy {
        private long sequence;
        private String recordedAt;
        private String actorId;
        private String actorName;
        private String action;
        private String change;
        private String changeDigest;
        private final LedgerEntry original;

        EntryCopy(LedgerEntry original) {
            this.original = original;
            this.sequence = original.sequence();
            this.recordedAt = original.recordedAt();
            this.actorId = original.actorId();
            this.actorName = original.actorName();
            this.action = original.action();
            this.change = original.change();
            this.changeDigest = original.changeDigest();
        }

        EntryCopy sequence(long value) {
            sequence = value;
            return this;
        }

        EntryCopy recordedAt(String value) {
            recordedAt = value;
            return this;
        }

        EntryCopy actorId(String value) {
            actorId = value;
            return this;
        }

        EntryCopy actorName(String value) {
            actorName = value;
            return this;
        }

        EntryCopy action(String value) {
            action = value;
            return this;
        }

        EntryCopy change(String value) {
            change = value;
            return this;
        }

        EntryCopy changeDigest(String value) {
            changeDigest = value;
            return this;
        }

        LedgerEntry build() {
            return new LedgerEntry(
                    original.organizationId(),
                    sequence,
                    recordedAt,
                    actorId,
                    actorName,
                    action,
                    original.subjectType(),
                    original.subjectId(),
                    change,
                    changeDigest,
                    original.previousHash(),
                    original.entryHash());
        }
    }
}
