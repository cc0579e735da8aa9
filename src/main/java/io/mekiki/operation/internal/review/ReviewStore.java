package io.mekiki.operation.internal.review;

import io.mekiki.operation.ContinuationOutcome;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviewStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The yearly supervision reviews and the organisations' due-date rules (ADR 038). */
@Component
public class ReviewStore {

    private static final String COLUMNS = """
            select id, organization_id, contract_id, initiative_id, year, period_from, period_to, due_on, status,
                   opened_early, narrative, conclusion, recommended_outcome, submitted_at, submitted_by_name,
                   approval_decision_id, continuation_decision_id, outcome, decided_at, created_at, version
              from operation_supervision_review
            """;

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's rule for due dates, as stored. */
    public record PolicyRow(
            String rule,
            int daysAfter,
            @Nullable Integer fixedMonth,
            @Nullable Integer fixedDay,
            Instant updatedAt,
            String updatedByName) {}

    public Optional<SupervisionReview> find(UUID organizationId, UUID id) {
        return jdbc.sql(COLUMNS + " where organization_id = :org and id = :id")
                .param("org", organizationId)
                .param("id", id)
                .query(ReviewStore::review)
                .optional();
    }

    /** For update: the row is locked until the transaction ends. */
    public Optional<SupervisionReview> lock(UUID organizationId, UUID id) {
        return jdbc.sql(COLUMNS + " where organization_id = :org and id = :id for update")
                .param("org", organizationId)
                .param("id", id)
                .query(ReviewStore::review)
                .optional();
    }

    public List<SupervisionReview> ofContract(UUID organizationId, UUID contractId) {
        return jdbc.sql(COLUMNS + " where organization_id = :org and contract_id = :contract order by year desc")
                .param("org", organizationId)
                .param("contract", contractId)
                .query(ReviewStore::review)
                .list();
    }

    public List<SupervisionReview> ofInitiative(UUID organizationId, UUID initiativeId) {
        return jdbc.sql(COLUMNS + " where organization_id = :org and initiative_id = :initiative order by year desc")
                .param("org", organizationId)
                .param("initiative", initiativeId)
                .query(ReviewStore::review)
                .list();
    }

    public List<SupervisionReview> ofInitiatives(UUID organizationId, Collection<UUID> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where organization_id = :org and initiative_id in (:ids) order by year desc")
                .param("org", organizationId)
                .param("ids", List.copyOf(initiativeIds))
                .query(ReviewStore::review)
                .list();
    }

    /** Every review of the organisation, by due date, then contract year. */
    public List<SupervisionReview> all(UUID organizationId) {
        return jdbc.sql(COLUMNS + " where organization_id = :org order by due_on, year")
                .param("org", organizationId)
                .query(ReviewStore::review)
                .list();
    }

    public List<SupervisionReview> dueBetween(UUID organizationId, LocalDate from, LocalDate to) {
        return jdbc.sql(COLUMNS + " where organization_id = :org and due_on between :from and :to order by due_on")
                .param("org", organizationId)
                .param("from", from)
                .param("to", to)
                .query(ReviewStore::review)
                .list();
    }

    public List<SupervisionReview> overdue(UUID organizationId, LocalDate today) {
        return jdbc.sql(COLUMNS + " where organization_id = :org and due_on < :today and status <> 'DECIDED'"
                        + " order by due_on")
                .param("org", organizationId)
                .param("today", today)
                .query(ReviewStore::review)
                .list();
    }

    /** The figures frozen on submission, as canonical JSON; empty before. */
    public Optional<String> compiledJson(UUID organizationId, UUID id) {
        return jdbc.sql("select compiled_json from operation_supervision_review where organization_id = :org"
                        + " and id = :id and compiled_json is not null")
                .param("org", organizationId)
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Inserts a review unless its contract year has one; true when inserted. */
    public boolean insert(SupervisionReview review, String title) {
        return jdbc.sql("""
                        insert into operation_supervision_review (id, organization_id, contract_id, initiative_id,
                            title, year, period_from, period_to, due_on, status, opened_early, created_at,
                            updated_at, version)
                        values (:id, :org, :contract, :initiative, :title, :year, :from, :to, :due, :status,
                            :early, :now, :now, 0)
                        on conflict (contract_id, year) do nothing
                        """)
                        .param("id", review.id())
                        .param("org", review.organizationId())
                        .param("contract", review.contractId())
                        .param("initiative", review.initiativeId())
                        .param("title", title)
                        .param("year", review.year())
                        .param("from", review.periodFrom())
                        .param("to", review.periodTo())
                        .param("due", review.dueOn())
                        .param("status", review.status().name())
                        .param("early", review.openedEarly())
                        .param("now", Timestamp.from(review.createdAt()))
                        .update()
                == 1;
    }

    public void assess(
            UUID id,
            String narrative,
            String conclusion,
            ContinuationOutcome recommended,
            SupervisionReviewStatus status,
            Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set narrative = :narrative, conclusion = :conclusion,
                            recommended_outcome = :recommended, status = :status, updated_at = :now,
                            version = version + 1
                        where id = :id
                        """)
                .param("id", id)
                .param("narrative", narrative)
                .param("conclusion", conclusion)
                .param("recommended", recommended.name())
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    public void submit(
            UUID id, String compiledJson, UUID by, String byName, @Nullable UUID approvalDecisionId, Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set status = 'SUBMITTED', compiled_json = :compiled,
                            submitted_at = :now, submitted_by = :by, submitted_by_name = :byName,
                            approval_decision_id = :decision, updated_at = :now, version = version + 1
                        where id = :id
                        """)
                .param("id", id)
                .param("compiled", compiledJson)
                .param("by", by)
                .param("byName", byName)
                .param("decision", approvalDecisionId)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void approved(UUID id, @Nullable UUID continuationDecisionId, Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set status = 'APPROVED',
                            continuation_decision_id = coalesce(:decision, continuation_decision_id),
                            updated_at = :now, version = version + 1
                        where id = :id
                        """)
                .param("id", id)
                .param("decision", continuationDecisionId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The supervision approval asked for again after the executive returned or rejected it. */
    public void approvalRequested(UUID id, UUID approvalDecisionId, Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set approval_decision_id = :decision,
                            updated_at = :now, version = version + 1
                        where id = :id
                        """)
                .param("id", id)
                .param("decision", approvalDecisionId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The executive returned or rejected the supervision: the review goes back to the risk officer, unfrozen. */
    public void reopen(UUID id, Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set status = 'IN_PROGRESS', compiled_json = null,
                            submitted_at = null, submitted_by = null, submitted_by_name = null,
                            updated_at = :now, version = version + 1
                        where id = :id
                        """).param("id", id).param("now", Timestamp.from(now)).update();
    }

    public void continuationRequested(UUID id, @Nullable UUID continuationDecisionId, Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set continuation_decision_id = :decision,
                            updated_at = :now, version = version + 1
                        where id = :id
                        """)
                .param("id", id)
                .param("decision", continuationDecisionId)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void decided(UUID id, ContinuationOutcome outcome, Instant now) {
        jdbc.sql("""
                        update operation_supervision_review set status = 'DECIDED', outcome = :outcome,
                            decided_at = :now, updated_at = :now, version = version + 1
                        where id = :id
                        """)
                .param("id", id)
                .param("outcome", outcome.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    public Optional<PolicyRow> policy(UUID organizationId) {
        return jdbc.sql("select rule, days_after, fixed_month, fixed_day, updated_at, updated_by_name"
                        + " from operation_review_policy where organization_id = :org")
                .param("org", organizationId)
                .query((rs, n) -> new PolicyRow(
                        rs.getString("rule"),
                        rs.getInt("days_after"),
                        (Integer) rs.getObject("fixed_month"),
                        (Integer) rs.getObject("fixed_day"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by_name")))
                .optional();
    }

    public void savePolicy(
            UUID organizationId,
            String rule,
            int daysAfter,
            @Nullable Integer month,
            @Nullable Integer day,
            String byName,
            Instant now) {
        jdbc.sql("""
                        insert into operation_review_policy (organization_id, rule, days_after, fixed_month,
                            fixed_day, updated_at, updated_by_name)
                        values (:org, :rule, :days, :month, :day, :now, :by)
                        on conflict (organization_id) do update set rule = excluded.rule,
                            days_after = excluded.days_after, fixed_month = excluded.fixed_month,
                            fixed_day = excluded.fixed_day, updated_at = excluded.updated_at,
                            updated_by_name = excluded.updated_by_name
                        """)
                .param("org", organizationId)
                .param("rule", rule)
                .param("days", daysAfter)
                .param("month", month)
                .param("day", day)
                .param("now", Timestamp.from(now))
                .param("by", byName)
                .update();
    }

    private static SupervisionReview review(ResultSet rs, int row) throws SQLException {
        String recommended = rs.getString("recommended_outcome");
        String outcome = rs.getString("outcome");
        return new SupervisionReview(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("contract_id", UUID.class),
                rs.getObject("initiative_id", UUID.class),
                rs.getInt("year"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                SupervisionReviewStatus.valueOf(rs.getString("status")),
                rs.getBoolean("opened_early"),
                rs.getString("narrative"),
                rs.getString("conclusion"),
                recommended == null ? null : ContinuationOutcome.valueOf(recommended),
                instant(rs, "submitted_at"),
                rs.getString("submitted_by_name"),
                rs.getObject("approval_decision_id", UUID.class),
                rs.getObject("continuation_decision_id", UUID.class),
                outcome == null ? null : ContinuationOutcome.valueOf(outcome),
                instant(rs, "decided_at"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
