package io.mekiki.identity;

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
 * Users, API tokens and the organisation in the audit ledger, by name. Not linked: their pages are for
 * administrators and owners, not for the auditors who read the ledger.
 */
@Component
class IdentityLedgerSubjects implements LedgerSubjects {

    private final Map<String, LedgerSubjects> byType;

    IdentityLedgerSubjects(JdbcClient jdbc) {
        this.byType = Map.of(
                IdentityChange.USER,
                new TableSubjects(jdbc, IdentityChange.USER, "identity_user_account", "display_name", null),
                IdentityChange.API_TOKEN,
                new TableSubjects(jdbc, IdentityChange.API_TOKEN, "identity_api_token", "name", null),
                IdentityChange.ORGANIZATION,
                new OrganizationSubjects(jdbc));
    }

    @Override
    public Set<String> subjectTypes() {
        return byType.keySet();
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        return byType.get(subjectType).names(organizationId, subjectType, subjectIds, language);
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return byType.get(subjectType).idsNamed(organizationId, subjectType, text);
    }

    /** The organisation is its own row: its id is the organisation's id. */
    private static final class OrganizationSubjects implements LedgerSubjects {

        private final JdbcClient jdbc;

        OrganizationSubjects(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public Set<String> subjectTypes() {
            return Set.of(IdentityChange.ORGANIZATION);
        }

        @Override
        public Map<String, SubjectName> names(
                UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
            if (!subjectIds.contains(organizationId.toString())) {
                return Map.of();
            }
            return jdbc.sql("select name from identity_organization where id = ?")
                    .param(organizationId)
                    .query(String.class)
                    .optional()
                    .map(name -> Map.of(organizationId.toString(), SubjectName.of(name, null)))
                    .orElse(Map.of());
        }

        @Override
        public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
            return jdbc.sql("select id from identity_organization where id = ? and strpos(lower(name), lower(?)) > 0")
                    .params(organizationId, text)
                    .query(String.class)
                    .list();
        }
    }
}
