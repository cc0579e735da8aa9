package io.mekiki.questionnaire.internal;

import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import io.mekiki.questionnaire.QuestionnaireChange;
import io.mekiki.selection.CandidateChange;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Questionnaires in the audit ledger: by their provider and contact, within their candidate, linked to their page. */
@Component
class QuestionnaireLedgerSubjects implements LedgerSubjects {

    private final JdbcClient jdbc;

    QuestionnaireLedgerSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(QuestionnaireChange.QUESTIONNAIRE);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        List<UUID> ids = TableSubjects.uuids(subjectIds);
        Map<String, SubjectName> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql(
                        "select id, provider_name, contact_name, candidate_id, to_char(sent_at, 'YYYY-MM-DD') from questionnaire"
                                + " where organization_id = :org and id in (:ids)")
                .param("org", organizationId)
                .param("ids", ids)
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    names.put(
                            id,
                            new SubjectName(
                                    rs.getString(2) + " / " + rs.getString(3) + " (" + rs.getString(5) + ")",
                                    "/questionnaires/" + id,
                                    CandidateChange.CANDIDATE,
                                    rs.getString(4)));
                    return id;
                })
                .list();
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return jdbc.sql("select id::text from questionnaire where organization_id = ?"
                        + " and strpos(lower(provider_name || ' ' || contact_name), lower(?)) > 0")
                .params(organizationId, text)
                .query(String.class)
                .list();
    }
}
