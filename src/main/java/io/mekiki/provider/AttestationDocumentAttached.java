package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A document was attached to an attestation, replacing the one before if any. */
public record AttestationDocumentAttached(
        UUID organizationId,
        Actor actor,
        UUID providerId,
        UUID attestationId,
        Attestation.Document document,
        Attestation.@Nullable Document replaced)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.documentAttached";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put("document", Documents.facts(document));
        change.put("replaced", Documents.facts(replaced));
        return change;
    }
}
