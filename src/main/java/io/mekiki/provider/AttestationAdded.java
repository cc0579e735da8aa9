package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An attestation or certification of a provider was recorded, with its document if one came along. */
public record AttestationAdded(
        UUID organizationId,
        Actor actor,
        UUID providerId,
        UUID attestationId,
        AttestationDetails details,
        Attestation.@Nullable Document document)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.added";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.putAll(details.facts());
        change.put("document", Documents.facts(document));
        return change;
    }
}
