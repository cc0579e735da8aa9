package io.mekiki.provider;

import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cloud services of the organisation's providers: everyone in the organisation reads; the editors of
 * providers ({@link ProviderRegister#EDITORS}) record and revise. Every change is recorded in the audit
 * ledger in the same transaction.
 */
@Service
public class ServiceRegister {

    private final ServiceStore services;
    private final ProviderStore providers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRegister(ServiceStore services, ProviderStore providers, ApplicationEventPublisher events, Clock clock) {
        this.services = services;
        this.providers = providers;
        this.events = events;
        this.clock = clock;
    }

    /** The services found by the words of {@code text}, of one provider when {@code providerId} is given. */
    @Transactional(readOnly = true)
    public ResultPage<ServiceRow> search(
            SignedInUser user, @Nullable String text, @Nullable UUID providerId, int page, int size) {
        return services.page(user.organizationId(), text, providerId, Math.max(0, page), Math.max(1, size));
    }

    @Transactional(readOnly = true)
    public CloudService service(SignedInUser user, UUID id) {
        return find(user, id);
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public CloudService record(SignedInUser user, ServiceDetails details) {
        ServiceDetails checked = checked(user, details);
        UUID id = UUID.randomUUID();
        requireUniqueName(checked, id);
        try {
            services.insert(user.organizationId(), id, checked, clock.instant());
        } catch (DuplicateKeyException sameNameAtTheSameTime) {
            throw nameTaken(checked.name());
        }
        events.publishEvent(new ServiceRecorded(user.organizationId(), user.actor(), id, checked));
        return find(user, id);
    }

    /**
     * Replaces the details of a service.
     *
     * @param expectedVersion the version the editor started from (required)
     */
    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public CloudService revise(SignedInUser user, UUID id, @Nullable Long expectedVersion, ServiceDetails details) {
        CloudService service = find(user, id);
        if (expectedVersion == null) {
            throw ProviderRuleViolation.invalid("version", "provider.error.versionRequired");
        }
        if (expectedVersion != service.version()) {
            throw ProviderRuleViolation.stale();
        }
        ServiceDetails given = checked(user, details);
        // an answer left out keeps the stored one (a client that does not know the field does not reset it)
        ServiceDetails checked = given.nonResidentAccess() == null
                ? given.withNonResidentAccess(service.details().nonResidentAccess())
                : given;
        if (checked.equals(service.details())) {
            return service;
        }
        requireUniqueName(checked, id);
        try {
            services.update(user.organizationId(), id, expectedVersion, checked, clock.instant());
        } catch (DuplicateKeyException sameNameAtTheSameTime) {
            throw nameTaken(checked.name());
        }
        events.publishEvent(new ServiceRevised(user.organizationId(), user.actor(), id, service.details(), checked));
        return find(user, id);
    }

    /** The details with a provider of the user's organisation; another organisation's is as unknown as none. */
    private ServiceDetails checked(SignedInUser user, ServiceDetails details) {
        if (details.providerId() != null
                && providers
                        .provider(user.organizationId(), details.providerId())
                        .isEmpty()) {
            throw new UnknownReferenceException("providerId", "provider.error.unknownProvider");
        }
        return details.checked();
    }

    private void requireUniqueName(ServiceDetails details, UUID id) {
        if (services.nameTaken(details.providerId(), details.name(), id)) {
            throw nameTaken(details.name());
        }
    }

    private static ProviderRuleViolation nameTaken(String name) {
        return ProviderRuleViolation.conflict("name", "provider.error.serviceNameTaken", name);
    }

    private CloudService find(SignedInUser user, UUID id) {
        return services.service(user.organizationId(), id)
                .orElseThrow(() -> new NotFoundException(ProviderChange.SERVICE, id));
    }
}
