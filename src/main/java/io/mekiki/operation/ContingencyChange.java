package io.mekiki.operation;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to a contingency; recorded in the audit ledger in its transaction. The subject is
 * the contingency.
 */
public sealed interface ContingencyChange extends Auditable
        permits ContingencyOpened, ContingencyEntryRecorded, ContingencyClosed {

    /** The subject type of contingencies in the ledger. */
    String CONTINGENCY = "CONTINGENCY";

    UUID contingencyId();

    @Override
    default String subjectType() {
        return CONTINGENCY;
    }

    @Override
    default String subjectId() {
        return contingencyId().toString();
    }
}
