package io.mekiki.decision;

import io.mekiki.shared.SubjectDirectory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A module whose subjects have no basis of their own (as a procurement module might be), for tests of
 * the basis a request brings along: every id of type {@value #TYPE} exists in every organisation.
 */
@Component
public class TestProcurements implements SubjectDirectory {

    public static final String TYPE = "PROCUREMENT";

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public boolean exists(UUID organizationId, UUID id) {
        return true;
    }
}
