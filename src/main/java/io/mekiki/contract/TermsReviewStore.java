package io.mekiki.contract;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The answers of the terms reviews, one row per contract and item. */
@Component
class TermsReviewStore {

    private final JdbcClient jdbc;

    TermsReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, TermsReview.Answer> answers(UUID organizationId, UUID contractId) {
        Map<String, TermsReview.Answer> answers = new HashMap<>();
        jdbc.sql("select * from contract_terms_review where organization_id = ? and contract_id = ?")
                .params(organizationId, contractId)
                .query(rs -> {
                    Timestamp reconfirmedAt = rs.getTimestamp("reconfirmed_at");
                    answers.put(
                            rs.getString("item_id"),
                            new TermsReview.Answer(
                                    TermsReviewResult.valueOf(rs.getString("result")),
                                    rs.getString("clause"),
                                    rs.getString("note"),
                                    rs.getString("reason"),
                                    rs.getString("mitigation"),
                                    rs.getTimestamp("reviewed_at").toInstant(),
                                    rs.getObject("reviewed_by", UUID.class),
                                    reconfirmedAt == null ? null : reconfirmedAt.toInstant(),
                                    rs.getObject("reconfirmed_by", UUID.class)));
                });
        return answers;
    }

    void save(UUID organizationId, UUID contractId, String itemId, TermsReview.Answer answer) {
        jdbc.sql("""
                        insert into contract_terms_review (contract_id, organization_id, item_id, result, clause, note,
                            reason, mitigation, reviewed_at, reviewed_by, reconfirmed_at, reconfirmed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (contract_id, item_id) do update set result = excluded.result,
                            clause = excluded.clause, note = excluded.note, reason = excluded.reason,
                            mitigation = excluded.mitigation, reviewed_at = excluded.reviewed_at,
                            reviewed_by = excluded.reviewed_by, reconfirmed_at = excluded.reconfirmed_at,
                            reconfirmed_by = excluded.reconfirmed_by""")
                .params(
                        contractId,
                        organizationId,
                        itemId,
                        answer.result().name(),
                        answer.clause(),
                        answer.note(),
                        answer.reason(),
                        answer.mitigation(),
                        Timestamp.from(answer.reviewedAt()),
                        answer.reviewedBy(),
                        answer.reconfirmedAt() == null ? null : Timestamp.from(answer.reconfirmedAt()),
                        answer.reconfirmedBy())
                .update();
    }

    /** The contracts' terms documents' content. */
    void saveDocument(UUID contractId, byte[] content) {
        jdbc.sql("""
                        insert into contract_terms_document (contract_id, content) values (?, ?)
                        on conflict (contract_id) do update set content = excluded.content""").params(contractId, content).update();
    }

    byte[] document(UUID contractId) {
        return jdbc.sql("select content from contract_terms_document where contract_id = ?")
                .param(contractId)
                .query(byte[].class)
                .single();
    }

    /** Contracts with answers at all, for lists: contract to number of answers. */
    Map<UUID, Integer> answerCounts(UUID organizationId, Collection<UUID> contractIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (contractIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select contract_id, count(*) from contract_terms_review where organization_id = :org
                        and contract_id in (:ids) group by contract_id""")
                .param("org", organizationId)
                .param("ids", List.copyOf(contractIds))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }
}
