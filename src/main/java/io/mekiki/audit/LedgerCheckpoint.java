package io.mekiki.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The head of one organisation's chain at a moment, to be kept outside Mekiki (a file, a log system, a
 * paper). Checked later against an export, it shows whether entries were cut off at the end, which the
 * chain alone cannot show: {@code java tools/VerifyLedger.java --checkpoint checkpoint.json ledger.jsonl}.
 *
 * @param entries how many entries the chain held (sequences run 1 to {@code lastSequence} without gaps)
 * @param lastRecordedAt when the last entry was recorded, or null for an empty chain
 * @param takenAt when this checkpoint was read
 */
public record LedgerCheckpoint(
        UUID organizationId,
        long entries,
        long lastSequence,
        String lastHash,
        @Nullable String lastRecordedAt,
        String takenAt) {}
