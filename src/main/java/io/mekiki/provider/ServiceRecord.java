package io.mekiki.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded of a service, read at once within one organisation: its details, its facts, the
 * attestations and subprocessors of its provider, and the organisation's today by which attestations are
 * valid or expired. What other modules draw conclusions from beyond the scoping facts (e.g. answers derived
 * from the service record); read it again after a {@link ProviderChange} that names the service's provider.
 */
public record ServiceRecord(
        CloudService service,
        ServiceFacts facts,
        List<Attestation> attestations,
        List<Subprocessor> subprocessors,
        LocalDate today) {

    public ServiceRecord {
        attestations = List.copyOf(attestations);
        subprocessors = List.copyOf(subprocessors);
    }

    public ServiceDetails details() {
        return service.details();
    }
}
