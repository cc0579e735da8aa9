package io.mekiki.selection;

import java.util.List;
import java.util.UUID;

/**
 * Implemented (as a Spring bean) by a module whose work can stand in the way of choosing a candidate (the
 * assessment module: an open blocking finding), so that this module can refuse the choice without depending
 * on it (ADR 030). Every bean is asked; the choice is refused while any answers something.
 */
public interface ChoiceObjections {

    /**
     * What stands in the way of choosing the candidate now, each already readable in any language (e.g. a
     * check item's id and title); empty when nothing does.
     */
    List<String> objections(UUID organizationId, UUID candidateId);
}
