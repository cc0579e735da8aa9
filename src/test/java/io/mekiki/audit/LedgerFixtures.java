package io.mekiki.audit;

import io.mekiki.shared.Actor;
import io.mekiki.shared.CanonicalJson;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces ledger entries the way every module does (an {@link Auditable} event published inside the
 * transaction of a change), and tampers with the stored chain the way only a database superuser can.
 */
@Component
public class LedgerFixtures {

    public static final Actor AUDITED_USER = new Actor("test-user-1", "監査 太郎 \"Taro\" <taro@example.jp>");

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    LedgerFixtures(ApplicationEventPublisher events, PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /** Records one change in a transaction of its own, which commits. */
    public void record(
            UUID organizationId, String action, String subjectType, String subjectId, Map<String, ?> change) {
        record(new TestChange(organizationId, AUDITED_USER, action, subjectType, subjectId, change));
    }

    public void record(TestChange change) {
        transactions.executeWithoutResult(status -> events.publishEvent(change));
    }

    /** Records {@code count} simple changes about contracts, in transactions of their own. */
    public void recordContracts(UUID organizationId, int count) {
        for (int i = 1; i <= count; i++) {
            record(organizationId, "contract.contract.signed", "CONTRACT", "contract-" + i, Map.of("number", i));
        }
    }

    /**
     * Runs SQL against {@code audit_entry} with its append-only triggers switched off, as a superuser
     * could. The triggers are off only inside this one transaction, so nobody else ever sees them off.
     */
    public void tamper(String sql, Object... parameters) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger user").update();
            jdbc.sql(sql).params(parameters).update();
            jdbc.sql("alter table audit_entry enable trigger user").update();
        });
    }

    /** Inserts an entry directly, with the append-only triggers switched off. */
    public void insert(LedgerEntry entry) {
        tamper(
                """
                insert into audit_entry (organization_id, sequence, recorded_at, actor_id, actor_name, action,
                    subject_type, subject_id, change, change_digest, previous_hash, entry_hash)
                values (?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.organizationId(),
                entry.sequence(),
                entry.recordedAt(),
                entry.actorId(),
                entry.actorName(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.change(),
                entry.changeDigest(),
                entry.previousHash(),
                entry.entryHash());
    }

    /** A forged entry with every hash recomputed, linked to {@code previous}. */
    public static LedgerEntry forgedAfter(LedgerEntry previous, long sequence) {
        return LedgerChain.link(
                previous.organizationId(),
                sequence,
                LedgerChain.timestamp(
                        java.time.Instant.parse(previous.recordedAt()).plusMillis(1)),
                "forger",
                "Forger <forger@example.test>",
                "finance.payment.approved",
                "PAYMENT",
                "payment-1",
                CanonicalJson.write(Map.of("amount", 1_000_000)),
                previous.entryHash());
    }

    /** A change of state of a kind that no module has yet: the ledger records any {@link Auditable}. */
    public record TestChange(
            UUID organizationId,
            Actor actor,
            String action,
            String subjectType,
            String subjectId,
            Map<String, ?> change)
            implements Auditable {}
}
