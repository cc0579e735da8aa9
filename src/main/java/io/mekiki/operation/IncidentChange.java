package io.mekiki.operation;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/** Something that changed on an incident; recorded in the audit ledger in its transaction. */
public sealed interface IncidentChange extends Auditable
        permits IncidentRecorded, IncidentRevised, IncidentReportSent, IncidentClosed {

    /** The subject type of incidents in the ledger. */
    String INCIDENT = "INCIDENT";

    UUID incidentId();

    UUID initiativeId();

    @Override
    default String subjectType() {
        return INCIDENT;
    }

    @Override
    default String subjectId() {
        return incidentId().toString();
    }
}
