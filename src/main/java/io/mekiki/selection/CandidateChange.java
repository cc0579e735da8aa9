package io.mekiki.selection;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that happened to a candidate of an initiative; recorded in the audit ledger in its transaction. */
public sealed interface CandidateChange extends Auditable
        permits CandidateAdded, CandidateRescoped, CandidateWithdrawn, CandidateChosen, CandidateChoiceCleared {

    /** The subject type of candidates in the ledger. */
    String CANDIDATE = "CANDIDATE";

    UUID candidateId();

    UUID initiativeId();

    @Override
    default String subjectType() {
        return CANDIDATE;
    }

    @Override
    default String subjectId() {
        return candidateId().toString();
    }
}
