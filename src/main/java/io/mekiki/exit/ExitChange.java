package io.mekiki.exit;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that happened to an exit; recorded in the audit ledger in its transaction. The subject is the exit. */
public sealed interface ExitChange extends Auditable
        permits ExitStarted, ExitPlanRevised, DataReturnRecorded, DeletionEvidenceRecorded {

    /** The subject type of exits in the ledger. */
    String EXIT = "EXIT";

    UUID exitId();

    UUID initiativeId();

    @Override
    default String subjectType() {
        return EXIT;
    }

    @Override
    default String subjectId() {
        return exitId().toString();
    }
}
