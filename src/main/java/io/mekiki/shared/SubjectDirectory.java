package io.mekiki.shared;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by a module whose records other modules refer to by type and id (an instruction or a
 * decision on an initiative), so that a reference is accepted only when it names a record of the
 * caller's own organisation. A subject type that no module answers for is refused as well.
 */
public interface SubjectDirectory {

    /** The subject type this module answers for, e.g. {@code INITIATIVE}. */
    String subjectType();

    /**
     * Whether the record exists in the organisation; false for another organisation's record exactly as
     * for one that does not exist, so that a refusal tells nothing about other organisations.
     */
    boolean exists(UUID organizationId, UUID id);

    /**
     * The titles of the subjects with these ids, as lists and pages show them (e.g. an initiative's
     * title); ids the organisation does not know are left out.
     */
    default Map<UUID, String> titles(UUID organizationId, Collection<UUID> ids) {
        return Map.of();
    }
}
