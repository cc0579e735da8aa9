package io.mekiki.contract;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that happened to a contract; recorded in the audit ledger in its transaction. */
public sealed interface ContractChange extends Auditable
        permits ContractRecorded,
                ContractRevised,
                ContractStatusChanged,
                TermsDocumentAttached,
                ExitTermsFixed,
                TermsReviewed,
                TerminationNoticeRecorded {

    /** The subject type of contracts in the ledger. */
    String CONTRACT = "CONTRACT";

    UUID contractId();

    UUID initiativeId();

    @Override
    default String subjectType() {
        return CONTRACT;
    }

    @Override
    default String subjectId() {
        return contractId().toString();
    }
}
