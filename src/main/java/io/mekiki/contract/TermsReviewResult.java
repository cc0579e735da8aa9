package io.mekiki.contract;

/** How the contract answers a check item of the terms review. */
public enum TermsReviewResult {
    /** The terms meet our requirement (a clause says so). */
    CONFORMS,
    /** The terms depart from our internal policy: a reason and a planned mitigation, approved by an executive. */
    DEVIATES,
    /** The terms say nothing about it. */
    NOT_ADDRESSED;

    public String messageKey() {
        return "contract.review.result." + name();
    }
}
