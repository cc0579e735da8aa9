package io.mekiki.initiative;

import io.mekiki.audit.Auditable;
import java.util.UUID;

/**
 * Something that happened to an initiative; recorded in the audit ledger in the transaction of the
 * change. Modules that keep conclusions drawn from an initiative (the candidates' scopings) listen to these.
 */
public sealed interface InitiativeChange extends Auditable
        permits InitiativeCreated,
                InitiativeRevised,
                KpiMeasured,
                InitiativeMoved,
                InitiativeRescoped,
                GateConditionMet {

    String INITIATIVE = "INITIATIVE";

    UUID initiativeId();

    @Override
    default String subjectType() {
        return INITIATIVE;
    }

    @Override
    default String subjectId() {
        return initiativeId().toString();
    }
}
