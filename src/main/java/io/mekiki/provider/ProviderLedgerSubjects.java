package io.mekiki.provider;

import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Providers and their cloud services in the audit ledger: a provider by its legal name (its attestations' entries
 * too), a service by its name within its provider, each linked to its page.
 */
@Component
class ProviderLedgerSubjects implements LedgerSubjects {

    private final TableSubjects providers;
    private final TableSubjects services;

    ProviderLedgerSubjects(JdbcClient jdbc) {
        this.providers =
                new TableSubjects(jdbc, ProviderChange.PROVIDER, "provider_provider", "legal_name", "/providers/");
        this.services = new TableSubjects(jdbc, ProviderChange.SERVICE, "provider_service", "name", "/services/")
                .within(ProviderChange.PROVIDER, "provider_id");
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(ProviderChange.PROVIDER, ProviderChange.SERVICE);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        return of(subjectType).names(organizationId, subjectType, subjectIds, language);
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return of(subjectType).idsNamed(organizationId, subjectType, text);
    }

    private TableSubjects of(String subjectType) {
        return ProviderChange.SERVICE.equals(subjectType) ? services : providers;
    }
}
