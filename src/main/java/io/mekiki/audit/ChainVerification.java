package io.mekiki.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing a chain.
 *
 * @param valid whether every entry is intact and in its place
 * @param entries how many entries were read
 * @param firstInvalidSequence the first sequence number that cannot be vouched for, or null when valid
 * @param problem what was wrong at that place, or null when valid
 */
public record ChainVerification(
        boolean valid,
        long entries,
        @Nullable Long firstInvalidSequence,
        @Nullable String problem) {

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null);
    }

    static ChainVerification brokenAt(long entries, long sequence, String problem) {
        return new ChainVerification(false, entries, sequence, problem);
    }
}
