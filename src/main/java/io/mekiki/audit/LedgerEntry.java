package io.mekiki.audit;

import java.util.UUID;

/**
 * One link of an organisation's hash chain, exactly as it is hashed and exported.
 *
 * @param recordedAt the time in ISO-8601 (UTC, microseconds) as it enters the hash
 * @param change the change as canonical JSON
 * @param changeDigest SHA-256 of {@code change}
 * @param previousHash the {@code entryHash} of the entry before, or 64 zeros for the first entry
 * @param entryHash SHA-256 of the canonical form of all fields above, see {@link LedgerChain}
 */
public record LedgerEntry(
        UUID organizationId,
        long sequence,
        String recordedAt,
        String actorId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        String change,
        String changeDigest,
        String previousHash,
        String entryHash) {}
