package io.mekiki.questionnaire.internal;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.questionnaire.ItemReview;
import io.mekiki.questionnaire.Questionnaire;
import io.mekiki.questionnaire.QuestionnaireItem;
import io.mekiki.questionnaire.QuestionnaireItem.EvidenceFile;
import io.mekiki.questionnaire.QuestionnaireStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questionnaire tables (ADR 041), read and written with plain SQL. */
@Repository
public class QuestionnaireStore {

    /** The grace period after the due date when the organisation set none, in days. */
    public static final int DEFAULT_GRACE_DAYS = 7;

    private static final String COLUMNS = """
            q.id, q.organization_id, q.candidate_id, q.initiative_id, q.provider_id, q.contact_id, q.language,
            q.due_on, q.grace_days, q.message, q.status, q.sent_by, q.sent_at, q.opened_at, q.submitted_at,
            q.revoked_at, q.version, q.release, q.contact_name, q.contact_email, q.provider_name,
            (select array_agg(i.item_id order by i.position) from questionnaire_item i
                where i.questionnaire_id = q.id) as items""";

    private final JdbcClient jdbc;

    QuestionnaireStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A questionnaire row with what the provider-side pages and the ledger need beside the public record. */
    public record Row(
            Questionnaire questionnaire,
            String release,
            String contactName,
            @Nullable String contactEmail,
            String providerName) {}

    public record NewQuestionnaire(
            UUID id,
            UUID organizationId,
            UUID candidateId,
            UUID initiativeId,
            UUID providerId,
            UUID contactId,
            String contactName,
            String contactEmail,
            String providerName,
            String language,
            String release,
            List<String> items,
            LocalDate dueOn,
            int graceDays,
            @Nullable String message,
            String tokenHash,
            UUID sentBy,
            Instant sentAt) {}

    public void insert(NewQuestionnaire q) {
        jdbc.sql("""
                        insert into questionnaire (id, organization_id, candidate_id, initiative_id, provider_id,
                            contact_id, contact_name, contact_email, provider_name, language, release, due_on, grace_days,
                            message, status, token_hash, sent_by, sent_at, version)
                        values (:id, :org, :candidate, :initiative, :provider, :contact, :contactName, :email,
                            :providerName, :language, :release, :dueOn, :grace, :message, 'SENT', :hash, :sentBy, :sentAt, 0)""")
                .param("id", q.id())
                .param("org", q.organizationId())
                .param("candidate", q.candidateId())
                .param("initiative", q.initiativeId())
                .param("provider", q.providerId())
                .param("contact", q.contactId())
                .param("contactName", q.contactName())
                .param("email", q.contactEmail())
                .param("providerName", q.providerName())
                .param("language", q.language())
                .param("release", q.release())
                .param("dueOn", q.dueOn())
                .param("grace", q.graceDays())
                .param("message", q.message())
                .param("hash", q.tokenHash())
                .param("sentBy", q.sentBy())
                .param("sentAt", Timestamp.from(q.sentAt()))
                .update();
        int position = 0;
        for (String item : q.items()) {
            jdbc.sql("insert into questionnaire_item (questionnaire_id, item_id, position) values (?, ?, ?)")
                    .params(q.id(), item, position++)
                    .update();
        }
    }

    public Optional<Row> find(UUID id, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from questionnaire q where q.id = ?")
                .param(id)
                .query((rs, n) -> row(rs, today))
                .optional();
    }

    public Optional<UUID> idOfToken(String tokenHash) {
        return jdbc.sql("select id from questionnaire where token_hash = ?")
                .param(tokenHash)
                .query(UUID.class)
                .optional();
    }

    public Optional<UUID> organizationOf(UUID id) {
        return jdbc.sql("select organization_id from questionnaire where id = ?")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    public List<Row> ofCandidate(UUID organizationId, UUID candidateId, LocalDate today) {
        return jdbc.sql("select " + COLUMNS
                        + " from questionnaire q where q.organization_id = ? and q.candidate_id = ?"
                        + " order by q.sent_at desc, q.id")
                .params(organizationId, candidateId)
                .query((rs, n) -> row(rs, today))
                .list();
    }

    /** The organisation's questionnaires not revoked, submitted and done, or long expired: the ones to follow. */
    public List<Row> toFollow(UUID organizationId, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from questionnaire q where q.organization_id = ?"
                        + " and q.status in ('SENT', 'OPENED', 'REOPENED', 'SUBMITTED')"
                        + " and q.due_on + q.grace_days >= ?::date - 30"
                        + " order by q.due_on, q.sent_at, q.id")
                .params(organizationId, today)
                .query((rs, n) -> row(rs, today))
                .list();
    }

    public boolean setStatus(UUID id, QuestionnaireStatus from, QuestionnaireStatus to, long version) {
        return jdbc.sql("update questionnaire set status = ?, version = version + 1"
                                + " where id = ? and status = ? and version = ?")
                        .params(to.name(), id, from.name(), version)
                        .update()
                == 1;
    }

    public boolean markOpened(UUID id, Instant at) {
        return jdbc.sql("update questionnaire set status = 'OPENED', opened_at = ?, version = version + 1"
                                + " where id = ? and status = 'SENT'")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    public void markSubmitted(UUID id, Instant at) {
        jdbc.sql("update questionnaire set status = 'SUBMITTED', submitted_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    public void revoke(UUID id, UUID by, Instant at) {
        jdbc.sql("update questionnaire set status = 'REVOKED', revoked_at = ?, revoked_by = ?, version = version + 1"
                        + " where id = ?")
                .params(Timestamp.from(at), by, id)
                .update();
    }

    /** A new link (and due date) for the questionnaire; the old token no longer works. */
    public void renew(UUID id, String tokenHash, LocalDate dueOn, int graceDays, Instant at) {
        jdbc.sql("update questionnaire set token_hash = ?, due_on = ?, grace_days = ?, sent_at = ?,"
                        + " version = version + 1 where id = ?")
                .params(tokenHash, dueOn, graceDays, Timestamp.from(at), id)
                .update();
    }

    /** Locks the questionnaire's row for the rest of the transaction (saves and submissions one at a time). */
    public void lock(UUID id) {
        jdbc.sql("select id from questionnaire where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    public List<QuestionnaireItem> items(UUID id) {
        Map<String, List<EvidenceFile>> files = new LinkedHashMap<>();
        jdbc.sql("select id, item_id, file_name, media_type, size, sha256, added_at from questionnaire_evidence"
                        + " where questionnaire_id = ? order by added_at, id")
                .param(id)
                .query((rs, n) -> files.computeIfAbsent(rs.getString(2), key -> new ArrayList<>())
                        .add(new EvidenceFile(
                                rs.getObject(1, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getString(6),
                                rs.getTimestamp(7).toInstant())))
                .list();
        return jdbc.sql("""
                        select item_id, status, answer, saved_at, submitted_at, review, review_comment, reviewed_at
                        from questionnaire_item where questionnaire_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new QuestionnaireItem(
                        rs.getString(1),
                        rs.getString(2) == null ? null : AnswerStatus.valueOf(rs.getString(2)),
                        rs.getString(3),
                        instant(rs, 4),
                        instant(rs, 5),
                        rs.getString(6) == null ? null : ItemReview.valueOf(rs.getString(6)),
                        rs.getString(7),
                        instant(rs, 8),
                        files.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    public void saveDraft(UUID id, String itemId, @Nullable AnswerStatus status, @Nullable String answer, Instant at) {
        jdbc.sql("update questionnaire_item set status = ?, answer = ?, saved_at = ?, submitted_at = null"
                        + " where questionnaire_id = ? and item_id = ?")
                .params(status == null ? null : status.name(), answer, Timestamp.from(at), id, itemId)
                .update();
    }

    public void submitItems(UUID id, Collection<String> itemIds, Instant at) {
        if (itemIds.isEmpty()) {
            return;
        }
        jdbc.sql(
                        "update questionnaire_item set submitted_at = :at, review = null, review_comment = null,"
                                + " reviewed_by = null, reviewed_at = null where questionnaire_id = :id and item_id in (:items)")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("items", itemIds)
                .update();
    }

    public void review(UUID id, String itemId, ItemReview review, @Nullable String comment, UUID by, Instant at) {
        jdbc.sql("update questionnaire_item set review = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?"
                        + " where questionnaire_id = ? and item_id = ?")
                .params(review.name(), comment, by, Timestamp.from(at), id, itemId)
                .update();
    }

    public EvidenceFile addEvidence(
            UUID id, String itemId, String fileName, String mediaType, byte[] content, String sha256, Instant at) {
        UUID evidenceId = UUID.randomUUID();
        jdbc.sql("""
                        insert into questionnaire_evidence (id, questionnaire_id, item_id, file_name, media_type, size,
                            sha256, content, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        evidenceId,
                        id,
                        itemId,
                        fileName,
                        mediaType,
                        content.length,
                        sha256,
                        content,
                        Timestamp.from(at))
                .update();
        return new EvidenceFile(evidenceId, fileName, mediaType, content.length, sha256, at);
    }

    public record StoredFile(EvidenceFile file, byte[] content) {}

    public Optional<StoredFile> evidence(UUID id, UUID evidenceId) {
        return jdbc.sql("select id, file_name, media_type, size, sha256, added_at, content from questionnaire_evidence"
                        + " where questionnaire_id = ? and id = ?")
                .params(id, evidenceId)
                .query((rs, n) -> new StoredFile(
                        new EvidenceFile(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getString(5),
                                rs.getTimestamp(6).toInstant()),
                        rs.getBytes(7)))
                .optional();
    }

    public int graceDays(UUID organizationId) {
        return jdbc.sql("select grace_days from questionnaire_setting where organization_id = ?")
                .param(organizationId)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_GRACE_DAYS);
    }

    public void setGraceDays(UUID organizationId, int days) {
        jdbc.sql("insert into questionnaire_setting (organization_id, grace_days) values (?, ?)"
                        + " on conflict (organization_id) do update set grace_days = excluded.grace_days")
                .params(organizationId, days)
                .update();
    }

    /** Counts a request with an unknown token from the address and returns how many it made in the window. */
    public int failedLinks(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from questionnaire_link_failure where client_address = ? and failed_at > ?")
                .params(clientAddress, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    public void linkFailed(String clientAddress, Instant at) {
        jdbc.sql("insert into questionnaire_link_failure (client_address, failed_at) values (?, ?)")
                .params(clientAddress, Timestamp.from(at))
                .update();
        jdbc.sql("delete from questionnaire_link_failure where failed_at < ?")
                .param(Timestamp.from(at.minusSeconds(3600)))
                .update();
    }

    /** Counts a request through the questionnaire's link and returns how many it had since {@code since}. */
    public int linkUsed(UUID questionnaireId, Instant at, Instant since) {
        jdbc.sql("insert into questionnaire_link_hit (questionnaire_id, hit_at) values (?, ?)")
                .params(questionnaireId, Timestamp.from(at))
                .update();
        jdbc.sql("delete from questionnaire_link_hit where hit_at < ?")
                .param(Timestamp.from(at.minusSeconds(3600)))
                .update();
        return jdbc.sql("select count(*) from questionnaire_link_hit where questionnaire_id = ? and hit_at > ?")
                .params(questionnaireId, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    private static Row row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        LocalDate expiresOn = dueOn.plusDays(rs.getInt("grace_days"));
        QuestionnaireStatus status = QuestionnaireStatus.valueOf(rs.getString("status"));
        if (status.open() && today.isAfter(expiresOn)) {
            status = QuestionnaireStatus.EXPIRED;
        }
        java.sql.Array array = rs.getArray("items");
        List<String> items = array == null ? List.of() : List.of((String[]) array.getArray());
        Questionnaire questionnaire = new Questionnaire(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("candidate_id", UUID.class),
                rs.getObject("initiative_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getString("language"),
                items,
                dueOn,
                expiresOn,
                rs.getString("message"),
                status,
                rs.getObject("sent_by", UUID.class),
                rs.getTimestamp("sent_at").toInstant(),
                instant(rs, "opened_at"),
                instant(rs, "submitted_at"),
                instant(rs, "revoked_at"),
                rs.getLong("version"));
        return new Row(
                questionnaire,
                rs.getString("release"),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getString("provider_name"));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
