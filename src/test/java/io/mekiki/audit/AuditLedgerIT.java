package io.mekiki.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.ApplicationTest;
import io.mekiki.audit.LedgerFixtures.TestChange;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.shared.Actor;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class AuditLedgerIT extends ApplicationTest {

    private final AuditLedger ledger;
    private final LedgerFixtures fixtures;
    private final IdentityFixtures identities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private AuditApiClient api;

    @Autowired
    AuditLedgerIT(
            AuditLedger ledger,
            LedgerFixtures fixtures,
            IdentityFixtures identities,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc) {
        this.ledger = ledger;
        this.fixtures = fixtures;
        this.identities = identities;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void client() {
        api = new AuditApiClient(url(""));
    }

    @Test
    void aChangePublishedInsideATransactionIsAppendedToTheChainOfItsOrganisation() {
        UUID organization = UUID.randomUUID();

        fixtures.record(
                organization, "contract.contract.signed", "CONTRACT", "c-1", Map.of("amount", 1200, "vendor", "Acme"));

        List<LedgerEntry> chain = chain(organization);
        assertThat(chain).hasSize(1);
        LedgerEntry entry = chain.get(0);
        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.organizationId()).isEqualTo(organization);
        assertThat(entry.actorId()).isEqualTo(LedgerFixtures.AUDITED_USER.id());
        assertThat(entry.actorName()).isEqualTo(LedgerFixtures.AUDITED_USER.name());
        assertThat(entry.action()).isEqualTo("contract.contract.signed");
        assertThat(entry.subjectType()).isEqualTo("CONTRACT");
        assertThat(entry.subjectId()).isEqualTo("c-1");
        assertThat(entry.change()).isEqualTo("{\"amount\":1200,\"vendor\":\"Acme\"}");
        assertThat(entry.previousHash()).isEqualTo(LedgerChain.GENESIS_HASH);
        assertThat(ledger.head(organization)).isEqualTo(new AuditLedger.ChainHead(1, entry.entryHash()));
        assertThat(ledger.verify(organization)).isEqualTo(new ChainVerification(true, 1, null, null));
    }

    @Test
    void lineFeedsInNamesAndIdsAreRecordedAsSpacesAndTheChainVerifies() {
        UUID organization = UUID.randomUUID();

        fixtures.record(new TestChange(
                organization,
                new Actor("user-1", "Taro\r\nYamada"),
                "contract.contract.signed",
                "CONTRACT",
                "contract\n1",
                Map.of("note", "line one\nline two")));

        LedgerEntry entry = chain(organization).get(0);
        assertThat(entry.actorName()).isEqualTo("Taro Yamada");
        assertThat(entry.subjectId()).isEqualTo("contract 1");
        assertThat(entry.change()).isEqualTo("{\"note\":\"line one\\nline two\"}");
        assertThat(ledger.verify(organization).valid()).isTrue();
    }

    @Test
    void aRealServiceChangeIsRecorded() {
        MekikiUser auditor = identities.userInNewOrganization(Role.AUDITOR);

        identities.token(auditor);

        List<LedgerEntry> chain = chain(auditor.organizationId());
        assertThat(chain).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("identity.api-token.issued");
            assertThat(entry.actorId()).isEqualTo(auditor.userId().toString());
            assertThat(entry.change()).contains("\"name\":\"test token\"");
        });
    }

    @Test
    void aChangeWhoseTransactionRollsBackLeavesNoEntryAndDoesNotAdvanceTheHead() {
        UUID organization = UUID.randomUUID();
        fixtures.recordContracts(organization, 1);
        AuditLedger.ChainHead headBefore = ledger.head(organization);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new TestChange(
                    organization,
                    LedgerFixtures.AUDITED_USER,
                    "contract.contract.cancelled",
                    "CONTRACT",
                    "contract-1",
                    Map.of("reason", "never happened")));
            // the entry was really appended inside the transaction...
            assertThat(ledger.head(organization).lastSequence()).isEqualTo(2);
            status.setRollbackOnly();
        });

        // ...and went away with it
        assertThat(ledger.head(organization)).isEqualTo(headBefore);
        assertThat(chain(organization)).extracting(LedgerEntry::action).containsExactly("contract.contract.signed");
        assertThat(ledger.verify(organization).valid()).isTrue();

        fixtures.record(organization, "contract.contract.renewed", "CONTRACT", "contract-1", Map.of());
        LedgerEntry next = chain(organization).get(1);
        assertThat(next.sequence()).isEqualTo(2);
        assertThat(next.previousHash()).isEqualTo(headBefore.lastHash());
        assertThat(ledger.verify(organization).valid()).isTrue();
    }

    @Test
    void aChangeWhoseTransactionFailsLeavesNoEntry() {
        UUID organization = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    fixtures.record(new TestChange(
                            organization,
                            LedgerFixtures.AUDITED_USER,
                            "contract.contract.signed",
                            "CONTRACT",
                            "c",
                            Map.of()));
                    throw new IllegalStateException("the change itself failed");
                }))
                .hasMessage("the change itself failed");

        assertThat(chain(organization)).isEmpty();
        assertThat(ledger.head(organization)).isEqualTo(new AuditLedger.ChainHead(0, LedgerChain.GENESIS_HASH));
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefusedRatherThanRecordedOnItsOwn() {
        UUID organization = UUID.randomUUID();

        assertThatThrownBy(() -> events.publishEvent(new TestChange(
                        organization,
                        LedgerFixtures.AUDITED_USER,
                        "contract.contract.signed",
                        "CONTRACT",
                        "c",
                        Map.of())))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(chain(organization)).isEmpty();
    }

    @Test
    void theEntriesOfTwoOrganisationsFormSeparateChains() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        fixtures.record(first, "contract.contract.signed", "CONTRACT", "a-1", Map.of());
        fixtures.record(second, "contract.contract.signed", "CONTRACT", "b-1", Map.of());
        fixtures.record(first, "contract.contract.signed", "CONTRACT", "a-2", Map.of());
        fixtures.record(second, "contract.contract.signed", "CONTRACT", "b-2", Map.of());
        fixtures.record(first, "contract.contract.signed", "CONTRACT", "a-3", Map.of());

        List<LedgerEntry> firstChain = chain(first);
        List<LedgerEntry> secondChain = chain(second);
        assertThat(firstChain).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(firstChain).extracting(LedgerEntry::subjectId).containsExactly("a-1", "a-2", "a-3");
        assertThat(secondChain).extracting(LedgerEntry::sequence).containsExactly(1L, 2L);
        assertThat(secondChain).extracting(LedgerEntry::subjectId).containsExactly("b-1", "b-2");
        assertThat(firstChain.get(0).previousHash()).isEqualTo(LedgerChain.GENESIS_HASH);
        assertThat(secondChain.get(0).previousHash()).isEqualTo(LedgerChain.GENESIS_HASH);
        assertThat(secondChain.get(1).previousHash())
                .isEqualTo(secondChain.get(0).entryHash());
        assertThat(ledger.verify(first)).isEqualTo(new ChainVerification(true, 3, null, null));
        assertThat(ledger.verify(second)).isEqualTo(new ChainVerification(true, 2, null, null));
    }

    @Test
    void theDatabaseRefusesToUpdateAnEntry() {
        UUID organization = UUID.randomUUID();
        fixtures.recordContracts(organization, 2);
        List<LedgerEntry> before = chain(organization);

        assertRefused(
                "UPDATE",
                "update audit_entry set actor_name = 'Someone else' where organization_id = ? and sequence = 1",
                organization);

        assertThat(chain(organization)).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToDeleteAnEntry() {
        UUID organization = UUID.randomUUID();
        fixtures.recordContracts(organization, 2);
        List<LedgerEntry> before = chain(organization);

        assertRefused("DELETE", "delete from audit_entry where organization_id = ?", organization);

        assertThat(chain(organization)).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToTruncateTheLedger() {
        UUID organization = UUID.randomUUID();
        fixtures.recordContracts(organization, 1);

        assertRefused("TRUNCATE", "truncate audit_entry");

        assertThat(chain(organization)).hasSize(1);
    }

    @Test
    void anUntamperedChainIsReportedIntactByTheApi() {
        Tampering chain = chainOfFive();

        JsonNode verification = verifyThroughApi(chain.token());

        assertThat(verification.path("valid").asBoolean()).isTrue();
        assertThat(verification.path("entries").asLong()).isEqualTo(5);
        assertThat(verification.path("firstInvalidSequence").isNull()).isTrue();
        AuditLedger.ChainHead head = ledger.head(chain.organization());
        assertThat(head.lastSequence()).isEqualTo(5);
        assertThat(verification.path("head").path("lastSequence").asLong()).isEqualTo(5);
        assertThat(verification.path("head").path("lastHash").asString()).isEqualTo(head.lastHash());
    }

    @Test
    void anEntryChangedBySomeoneWhoSwitchedTheTriggersOffIsFound() {
        Tampering chain = chainOfFive();

        fixtures.tamper(
                "update audit_entry set actor_name = 'Someone else' where organization_id = ? and sequence = 3",
                chain.organization());

        assertBrokenAt(chain, 3, "entry hash does not match its content");
    }

    @Test
    void aChangedRecordingTimeIsFound() {
        Tampering chain = chainOfFive();

        fixtures.tamper(
                "update audit_entry set recorded_at = recorded_at - interval '1 day'"
                        + " where organization_id = ? and sequence = 2",
                chain.organization());

        assertBrokenAt(chain, 2, "entry hash does not match its content");
    }

    @Test
    void aChangedChangeIsFound() {
        Tampering chain = chainOfFive();

        fixtures.tamper(
                "update audit_entry set change = '{\"number\":999}' where organization_id = ? and sequence = 4",
                chain.organization());

        assertBrokenAt(chain, 4, "change does not match its digest");
    }

    @Test
    void anEntryDeletedFromTheMiddleIsFound() {
        Tampering chain = chainOfFive();

        fixtures.tamper("delete from audit_entry where organization_id = ? and sequence = 2", chain.organization());

        assertBrokenAt(chain, 2, "expected sequence 2 but found 3");
    }

    @Test
    void anEntryReplacedByAForgeryWithRecomputedHashesIsFoundAtTheEntryAfterIt() {
        Tampering chain = chainOfFive();
        LedgerEntry second = chain(chain.organization()).get(1);

        fixtures.tamper("delete from audit_entry where organization_id = ? and sequence = 3", chain.organization());
        fixtures.insert(LedgerFixtures.forgedAfter(second, 3));

        assertBrokenAt(chain, 4, "previous hash does not match the entry before");
    }

    @Test
    void anEntryInsertedBehindTheHeadIsFound() {
        Tampering chain = chainOfFive();
        LedgerEntry last = chain(chain.organization()).get(4);

        fixtures.insert(LedgerFixtures.forgedAfter(last, 6));

        assertBrokenAt(chain, 6, "entries follow the recorded head 5");
    }

    @Test
    void theLastEntryDeletedIsFoundThroughTheHead() {
        Tampering chain = chainOfFive();

        fixtures.tamper("delete from audit_entry where organization_id = ? and sequence = 5", chain.organization());

        assertThat(chain(chain.organization())).hasSize(4);
        assertBrokenAt(chain, 5, "the chain ends at 4 before its recorded head 5");
    }

    @Test
    void theLastEntryReplacedByAForgeryIsFoundThroughTheHead() {
        Tampering chain = chainOfFive();
        LedgerEntry fourth = chain(chain.organization()).get(3);

        fixtures.tamper("delete from audit_entry where organization_id = ? and sequence = 5", chain.organization());
        fixtures.insert(LedgerFixtures.forgedAfter(fourth, 5));

        assertBrokenAt(chain, 5, "the last entry is not the one recorded as the head");
    }

    @Test
    void tamperingInOneOrganisationLeavesTheChainOfAnotherIntact() {
        Tampering tampered = chainOfFive();
        Tampering untouched = chainOfFive();

        fixtures.tamper(
                "update audit_entry set actor_name = 'Someone else' where organization_id = ? and sequence = 1",
                tampered.organization());

        assertThat(ledger.verify(tampered.organization()).valid()).isFalse();
        assertThat(ledger.verify(untouched.organization()).valid()).isTrue();
    }

    @Test
    void concurrentAppendsInOneOrganisationFormAGaplessChainThatVerifiesAllTheWhile() throws Exception {
        UUID organization = UUID.randomUUID();
        int writers = 6;
        int changesPerWriter = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<ChainVerification> verifications = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int writerNumber = writer;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < changesPerWriter; i++) {
                        fixtures.record(
                                organization,
                                "contract.contract.signed",
                                "CONTRACT",
                                "writer-" + writerNumber + "-" + i,
                                Map.of("writer", writerNumber, "change", i));
                    }
                    return null;
                }));
            }
            Future<?> verifier = pool.submit(() -> {
                start.await();
                while (writing.get()) {
                    verifications.add(ledger.verify(organization));
                }
                return null;
            });
            start.countDown();
            for (Future<?> writer : work) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            verifier.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        int total = writers * changesPerWriter;
        List<LedgerEntry> chain = chain(organization);
        assertThat(chain).extracting(LedgerEntry::sequence).containsExactlyElementsOf(sequences(total));
        assertThat(chain).extracting(LedgerEntry::subjectId).doesNotHaveDuplicates();
        assertThat(ledger.head(organization).lastSequence()).isEqualTo(total);
        assertThat(ledger.verify(organization)).isEqualTo(new ChainVerification(true, total, null, null));
        assertThat(verifications)
                .isNotEmpty()
                .allSatisfy(result -> assertThat(result.valid())
                        .as("verification while appending: %s", result)
                        .isTrue());
    }

    private void assertRefused(String operation, String sql, Object... parameters) {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    // roll back in any case, so that a trigger that fails to refuse cannot damage other tests
                    status.setRollbackOnly();
                    jdbc.sql(sql).params(parameters).update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("audit entries are append-only: " + operation + " refused")
                .satisfies(cause ->
                        assertThat(((SQLException) cause).getSQLState()).isEqualTo("42501"));
    }

    /** A fresh organisation with an auditor and five entries: the token issued to the auditor and four changes. */
    private Tampering chainOfFive() {
        MekikiUser auditor = identities.userInNewOrganization(Role.AUDITOR);
        String token = identities.token(auditor);
        fixtures.recordContracts(auditor.organizationId(), 4);
        assertThat(ledger.verify(auditor.organizationId())).isEqualTo(new ChainVerification(true, 5, null, null));
        return new Tampering(auditor.organizationId(), token);
    }

    private void assertBrokenAt(Tampering chain, long sequence, String problem) {
        ChainVerification verification = ledger.verify(chain.organization());
        assertThat(verification.valid()).as("valid").isFalse();
        assertThat(verification.firstInvalidSequence())
                .as("first invalid sequence")
                .isEqualTo(sequence);
        assertThat(verification.problem()).isEqualTo(problem);

        JsonNode reported = verifyThroughApi(chain.token());
        assertThat(reported.path("valid").asBoolean()).isFalse();
        assertThat(reported.path("entries").asLong()).isEqualTo(verification.entries());
        assertThat(reported.path("firstInvalidSequence").asLong()).isEqualTo(sequence);
        assertThat(reported.path("problem").asString()).isEqualTo(problem);
    }

    private JsonNode verifyThroughApi(String token) {
        HttpResponse<String> response = api.get("/api/v1/audit/verify", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(AuditApiClient.contentType(response)).startsWith("application/json");
        return AuditApiClient.json(response.body());
    }

    /** The whole stored chain, oldest first. */
    private List<LedgerEntry> chain(UUID organization) {
        List<LedgerEntry> newestFirst = new ArrayList<>(
                ledger.entries(organization, null, null, 0, 1000).entries());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static List<Long> sequences(int count) {
        List<Long> sequences = new ArrayList<>();
        for (long sequence = 1; sequence <= count; sequence++) {
            sequences.add(sequence);
        }
        return sequences;
    }

    private record Tampering(UUID organization, String token) {}
}
