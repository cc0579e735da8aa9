package io.mekiki.provider;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The date of an attestation's report and the services its scope names were set. */
public record AttestationScopeSet(
        UUID organizationId,
        Actor actor,
        UUID providerId,
        UUID attestationId,
        @Nullable LocalDate reportDateBefore,
        @Nullable LocalDate reportDate,
        List<UUID> servicesBefore,
        List<UUID> services)
        implements ProviderChange {

    @Override
    public String action() {
        return "provider.attestation.scopeSet";
    }

    @Override
    public boolean changesServiceFacts() {
        return false;
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestationId.toString());
        change.put(
                "reportDate",
                Map.of("before", ChangeValues.text(reportDateBefore), "after", ChangeValues.text(reportDate)));
        change.put("services", Map.of("before", ChangeValues.ids(servicesBefore), "after", ChangeValues.ids(services)));
        return change;
    }
}
