package io.mekiki.provider;

import io.mekiki.audit.Auditable;
import io.mekiki.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organisation set the days before an attestation's end at which it is told. */
public record AttestationNoticeOffsetsSet(UUID organizationId, Actor actor, List<Integer> before, List<Integer> after)
        implements Auditable {

    /** The ledger's subject type of the organisation (as the identity module names it). */
    static final String ORGANIZATION = "ORGANIZATION";

    @Override
    public String action() {
        return "provider.attestation.noticeOffsetsSet";
    }

    @Override
    public String subjectType() {
        return ORGANIZATION;
    }

    @Override
    public String subjectId() {
        return organizationId.toString();
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("before", before.toString(), "after", after.toString());
    }
}
