package io.mekiki.assessment;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that happened to a finding; recorded in the audit ledger in its transaction (ADR 030). */
public sealed interface FindingChange extends Auditable
        permits FindingRaised, FindingResolved, FindingDisposed, FindingMitigationDone {

    /** The subject type of findings in the ledger and in decisions. */
    String FINDING = "FINDING";

    UUID findingId();

    UUID candidateId();

    UUID initiativeId();

    String itemId();

    @Override
    default String subjectType() {
        return FINDING;
    }

    @Override
    default String subjectId() {
        return findingId().toString();
    }
}
