package io.mekiki.initiative;

import io.mekiki.audit.AuditLedger;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When reads of other modules' facts may be kept between requests, and under which stamp: the organisation's
 * ledger head (ADR 019, extension i7-speed; ADR 048). Every recorded change of an organisation moves its head in
 * the change's own transaction, so what was read under one head is what is stored as long as the head stands.
 * Only inside a read-only transaction: one that may write may see its own changes, which may yet be rolled back.
 * The head is read once per transaction and organisation, however many kept reads ask for it.
 */
@Component
class KeptReads {

    private static final Object HEADS = KeptReads.class.getName() + ".heads";

    private final AuditLedger ledger;

    KeptReads(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** The organisation's ledger head to keep reads under; empty when nothing may be kept now. */
    OptionalLong head(UUID organizationId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return OptionalLong.empty();
        }
        Map<UUID, Long> heads = headsOfThisTransaction();
        if (heads == null) {
            return OptionalLong.of(read(organizationId));
        }
        return OptionalLong.of(heads.computeIfAbsent(organizationId, this::read));
    }

    private long read(UUID organizationId) {
        return ledger.head(organizationId).lastSequence();
    }

    /** The heads read in the current transaction, dropped when it ends; null without transaction synchronisation. */
    @SuppressWarnings("unchecked")
    private static Map<UUID, Long> headsOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(HEADS);
        if (bound != null) {
            return (Map<UUID, Long>) bound;
        }
        Map<UUID, Long> heads = new HashMap<>();
        TransactionSynchronizationManager.bindResource(HEADS, heads);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(HEADS);
            }
        });
        return heads;
    }
}
