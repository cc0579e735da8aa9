package io.mekiki.operation;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that changed on an operation finding; recorded in the audit ledger in its transaction. */
public sealed interface OperationFindingChange extends Auditable
        permits OperationFindingRaised, OperationFindingRevised {

    /** The subject type of operation findings in the ledger. */
    String OPERATION_FINDING = "OPERATION_FINDING";

    UUID findingId();

    UUID initiativeId();

    @Override
    default String subjectType() {
        return OPERATION_FINDING;
    }

    @Override
    default String subjectId() {
        return findingId().toString();
    }
}
