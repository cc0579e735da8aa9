package io.mekiki.provider;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services as other modules read them: the facts a cloud use of a service is scoped by (see
 * {@link ServiceFacts}), always within one organisation. Read them again when a {@link ProviderChange}
 * with {@link ProviderChange#changesServiceFacts()} names the service's provider.
 */
@Service
public class CloudServices {

    private final ServiceStore services;
    private final ProviderStore providers;
    private final ProviderRegister register;

    CloudServices(ServiceStore services, ProviderStore providers, ProviderRegister register) {
        this.services = services;
        this.providers = providers;
        this.register = register;
    }

    /**
     * The whole record of the service (details, facts, its provider's attestations and subprocessors,
     * the organisation's today), if it is one of the organisation's.
     */
    @Transactional(readOnly = true)
    public Optional<ServiceRecord> record(UUID organizationId, UUID serviceId) {
        return services.service(organizationId, serviceId)
                .flatMap(service -> facts(organizationId, serviceId)
                        .map(facts -> new ServiceRecord(
                                service,
                                facts,
                                providers.attestations(organizationId, service.providerId()),
                                providers.subprocessors(organizationId, service.providerId()),
                                register.today(organizationId))));
    }

    /** The facts of the service, if it is one of the organisation's. */
    @Transactional(readOnly = true)
    public Optional<ServiceFacts> facts(UUID organizationId, UUID serviceId) {
        return services.facts(organizationId, null, serviceId).stream().findFirst();
    }

    /** The facts of these services of the organisation (those it does not have are left out), in one statement. */
    @Transactional(readOnly = true)
    public List<ServiceFacts> factsOf(UUID organizationId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> wanted = Set.copyOf(serviceIds);
        return services.facts(organizationId, null, null).stream()
                .filter(facts -> wanted.contains(facts.serviceId()))
                .toList();
    }

    /** The facts of every service of the provider (none when it is not one of the organisation's), by name. */
    @Transactional(readOnly = true)
    public List<ServiceFacts> factsOfProvider(UUID organizationId, UUID providerId) {
        return services.facts(organizationId, providerId, null);
    }
}
