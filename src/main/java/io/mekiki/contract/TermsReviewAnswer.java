package io.mekiki.contract;

import org.jspecify.annotations.Nullable;

/**
 * An answer of the terms review as a person writes it.
 *
 * @param result CONFORMS, DEVIATES or NOT_ADDRESSED
 * @param clause required unless NOT_ADDRESSED
 * @param reason required with DEVIATES
 * @param mitigation required with DEVIATES
 * @param reconfirmed for a special item: reconfirmed against this contract; left out, a reconfirmation stands
 *     while the answer does not change
 */
public record TermsReviewAnswer(
        @Nullable String itemId,
        @Nullable String result,
        @Nullable String clause,
        @Nullable String note,
        @Nullable String reason,
        @Nullable String mitigation,
        @Nullable Boolean reconfirmed) {}
