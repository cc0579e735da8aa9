package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The period or validity of an attestation ended (the day after its end, in the organisation's calendar) with
 * no bridge letter carrying it on: what rested on it no longer does. Told once per attestation and end, by the
 * daily sweep or at once when attestations are read. Being a {@link ProviderChange}, it makes the assessment
 * derive the answers of the provider's services again (those resting on it return to review), which in turn
 * turns the decisions whose basis included them stale.
 */
public record AttestationLapsed(
        UUID organizationId,
        Actor actor,
        UUID providerId,
        UUID attestationId,
        AttestationKind kind,
        @Nullable String title,
        LocalDate periodEnd,
        @Nullable LocalDate bridgedUntil)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.lapsed";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("kind", kind.name());
        change.put("title", title);
        change.put("periodEnd", periodEnd.toString());
        change.put("bridgedUntil", bridgedUntil == null ? null : bridgedUntil.toString());
        return change;
    }
}
