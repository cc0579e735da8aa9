package io.mekiki.comparison;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that changed in an initiative's comparison; recorded in the audit ledger in its transaction.
 * The subject is the comparison, by its initiative's id.
 */
public sealed interface ComparisonChange extends Auditable
        permits SelectionCriteriaSaved, CriterionScored, CostsEntered, KpiFitRated {

    /** The subject type of comparisons in the ledger: one per initiative, by the initiative's id. */
    String COMPARISON = "COMPARISON";

    UUID initiativeId();

    @Override
    default String subjectType() {
        return COMPARISON;
    }

    @Override
    default String subjectId() {
        return initiativeId().toString();
    }
}
