package io.mekiki.operation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many incidents and operation findings are open per initiative, for the service-level dashboard. The
 * incidents and findings of this module implement it (one query per list, not one per initiative); while no
 * bean implements it, the dashboard leaves the column out.
 */
public interface OperationCounts {

    /** What is open for one initiative. */
    record Open(int incidents, int findings) {}

    /**
     * The open incidents and operation findings of each initiative named; an initiative with none may be left
     * out of the answer.
     */
    Map<UUID, Open> openByInitiative(UUID organizationId, Collection<UUID> initiativeIds);
}
