package io.mekiki.operation;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that changed in the SLA of a contract: its metrics, its measurements, a breach detected. Recorded
 * in the audit ledger in its transaction; the subject is the contract's SLA, by the contract's id.
 */
public sealed interface SlaChange extends Auditable
        permits SlaMetricDefined, SlaMetricChanged, SlaMetricRemoved, SlaMeasurementsRecorded, SlaBreachDetected {

    /** The subject type of a contract's SLA in the ledger: one per contract, by the contract's id. */
    String SLA = "SLA";

    UUID contractId();

    @Override
    default String subjectType() {
        return SLA;
    }

    @Override
    default String subjectId() {
        return contractId().toString();
    }
}
