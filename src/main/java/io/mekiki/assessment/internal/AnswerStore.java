package io.mekiki.assessment.internal;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerSource;
import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.internal.DerivationRules.Derived;
import io.mekiki.catalog.Section;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.initiative.ScopingSnapshot.ItemEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The assessments and their answers, one row per item (ADR 028). */
@Component
public class AnswerStore {

    /** The id that matches no assessment, for a candidate not assessed yet. */
    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;

    AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assessment of the candidate, if it was started. */
    public Optional<Started> assessmentOf(UUID organizationId, UUID candidateId) {
        return jdbc.sql("select id, release from assessment where organization_id = ? and candidate_id = ?")
                .params(organizationId, candidateId)
                .query((rs, n) -> new Started(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** The candidate's assessment, started now on the release when there was none. */
    public Started start(UUID organizationId, UUID candidateId, UUID initiativeId, String release, Instant now) {
        jdbc.sql("""
                        insert into assessment (id, organization_id, candidate_id, initiative_id, release, started_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (candidate_id) do nothing""")
                .params(UUID.randomUUID(), organizationId, candidateId, initiativeId, release, Timestamp.from(now))
                .update();
        return assessmentOf(organizationId, candidateId).orElseThrow();
    }

    public List<Answer> answers(UUID assessmentId) {
        return jdbc.sql("select * from assessment_answer where assessment_id = ? order by item_id")
                .param(assessmentId)
                .query((rs, n) -> answer(rs))
                .list();
    }

    public Optional<Answer> answer(UUID assessmentId, String itemId) {
        return jdbc.sql("select * from assessment_answer where assessment_id = ? and item_id = ?")
                .params(assessmentId, itemId)
                .query((rs, n) -> answer(rs))
                .optional();
    }

    /**
     * The status of every answer of the initiative's assessments, in one statement (the initiative-level
     * page); what applies comes from the candidates' scopings, so answers kept as history come back too.
     */
    public List<Status> statusesOf(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select s.candidate_id, a.item_id, a.status from assessment s
                        join assessment_answer a on a.assessment_id = s.id
                        where s.organization_id = ? and s.initiative_id = ?""")
                .params(organizationId, initiativeId)
                .query((rs, n) ->
                        new Status(rs.getObject(1, UUID.class), rs.getString(2), AnswerStatus.valueOf(rs.getString(3))))
                .list();
    }

    /**
     * Every answer of these initiatives' assessments in one statement, each with whether it still waits: a
     * derived answer not confirmed yet, or one marked for review (the gates' condition, ADR 029).
     */
    public List<Completed> completedOf(UUID organizationId, java.util.Collection<UUID> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.candidate_id, a.item_id,
                            (a.source = 'DERIVED' or (a.source = 'PROVIDER_STATEMENT' and a.answered_by is null))
                                and a.confirmed_at is null or a.review_fact is not null
                        from assessment s
                        join assessment_answer a on a.assessment_id = s.id
                        where s.organization_id = :org and s.initiative_id = any(:ids)""")
                .param("org", organizationId)
                .param("ids", initiativeIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> new Completed(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** An answer of a candidate's item, and whether it still waits for a person. */
    public record Completed(UUID candidateId, String itemId, boolean waiting) {}

    /** Writes the first answer of the item; false when someone answered it meanwhile. */
    public boolean insert(UUID assessmentId, Answer answer) {
        return jdbc.sql("""
                        insert into assessment_answer (assessment_id, item_id, status, answer, reason, source,
                            answered_by, answered_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (assessment_id, item_id) do nothing""")
                        .params(
                                assessmentId,
                                answer.itemId(),
                                answer.status().name(),
                                answer.answer(),
                                answer.reason(),
                                answer.source().name(),
                                answer.answeredBy(),
                                Timestamp.from(answer.answeredAt()))
                        .update()
                == 1;
    }

    /** Writes the item's answer over the version read; false when it changed since. */
    public boolean update(UUID assessmentId, Answer answer, long versionRead) {
        return jdbc.sql("""
                        update assessment_answer set status = ?, answer = ?, reason = ?, source = ?, answered_by = ?,
                            answered_at = ?, version = version + 1, derived_fact = null, derived_value = null,
                            confirmed_by = null, confirmed_at = null, review_fact = null, review_status = null,
                            review_value = null, review_since = null
                        where assessment_id = ? and item_id = ? and version = ?""")
                        .params(
                                answer.status().name(),
                                answer.answer(),
                                answer.reason(),
                                answer.source().name(),
                                answer.answeredBy(),
                                Timestamp.from(answer.answeredAt()),
                                assessmentId,
                                answer.itemId(),
                                versionRead)
                        .update()
                == 1;
    }

    /**
     * Progress per section of the items that apply (from the candidate's scoping), in one statement: the
     * items answered, those that apply, the gaps (does not meet, partly, unknown) and the derived answers
     * waiting for confirmation or marked for review, which are not answered (ADR 029). Answers of items that
     * no longer apply are not counted.
     */
    public Map<Section, Progress> progress(@Nullable UUID assessmentId, ScopingSnapshot scoping) {
        List<ItemEntry> items = scoping.items();
        Map<Section, Progress> bySection = new EnumMap<>(Section.class);
        if (items.isEmpty()) {
            return bySection;
        }
        jdbc.sql("""
                        select s.section, count(*),
                            count(a.item_id) filter (where a.review_fact is null
                                and (a.confirmed_at is not null or a.source = 'VERIFIED' or a.source = 'IMPORTED'
                                    or (a.source = 'PROVIDER_STATEMENT' and a.answered_by is not null))),
                            count(*) filter (where a.status in ('DOES_NOT_MEET', 'PARTLY', 'UNKNOWN')),
                            count(a.item_id) filter (where a.review_fact is not null
                                or ((a.source = 'DERIVED' or (a.source = 'PROVIDER_STATEMENT' and a.answered_by is null))
                                    and a.confirmed_at is null))
                        from unnest(string_to_array(:items, ','), string_to_array(:sections, ','))
                            as s (item_id, section)
                        left join assessment_answer a on a.assessment_id = :assessment and a.item_id = s.item_id
                        group by s.section""")
                .param("items", items.stream().map(ItemEntry::itemId).collect(Collectors.joining(",")))
                .param(
                        "sections",
                        items.stream().map(item -> item.section().name()).collect(Collectors.joining(",")))
                .param("assessment", assessmentId == null ? NONE : assessmentId)
                .query((rs, n) -> bySection.put(
                        Section.valueOf(rs.getString(1)),
                        new Progress(rs.getInt(3), rs.getInt(2), rs.getInt(4), rs.getInt(5))))
                .list();
        return bySection;
    }

    // derived answers (ADR 029)

    /** Writes a derived answer of an item nobody answered; false when someone answered it meanwhile. */
    public boolean insertDerived(UUID assessmentId, String itemId, Derived derived, Instant now) {
        return jdbc.sql("""
                        insert into assessment_answer (assessment_id, item_id, status, answer, reason, source,
                            answered_by, answered_at, version, derived_fact, derived_value)
                        values (?, ?, ?, '', null, 'DERIVED', null, ?, 1, ?, ?)
                        on conflict (assessment_id, item_id) do nothing""")
                        .params(
                                assessmentId,
                                itemId,
                                derived.status().name(),
                                Timestamp.from(now),
                                derived.fact(),
                                derived.value())
                        .update()
                == 1;
    }

    /** Derives an unconfirmed derived answer again; false when it changed since (or a person answered). */
    public boolean rederive(UUID assessmentId, String itemId, Derived derived, Instant now, long versionRead) {
        return jdbc.sql("""
                        update assessment_answer set status = ?, derived_fact = ?, derived_value = ?, answered_at = ?,
                            version = version + 1
                        where assessment_id = ? and item_id = ? and version = ? and source = 'DERIVED'
                            and confirmed_at is null""")
                        .params(
                                derived.status().name(),
                                derived.fact(),
                                derived.value(),
                                Timestamp.from(now),
                                assessmentId,
                                itemId,
                                versionRead)
                        .update()
                == 1;
    }

    /** Removes an unconfirmed derived answer the record no longer settles. */
    public boolean removeDerived(UUID assessmentId, String itemId, long versionRead) {
        return jdbc.sql("""
                        delete from assessment_answer where assessment_id = ? and item_id = ? and version = ?
                            and source = 'DERIVED' and confirmed_at is null""").params(assessmentId, itemId, versionRead).update() == 1;
    }

    /** Marks a derived answer for review (or clears the mark with a null review). */
    public boolean review(UUID assessmentId, String itemId, Answer.@Nullable Review review, long versionRead) {
        return jdbc.sql("""
                        update assessment_answer set review_fact = ?, review_status = ?, review_value = ?,
                            review_since = ?, version = version + 1
                        where assessment_id = ? and item_id = ? and version = ? and source = 'DERIVED'""")
                        .params(
                                review == null ? null : review.fact(),
                                review == null || review.status() == null
                                        ? null
                                        : review.status().name(),
                                review == null ? null : review.value(),
                                review == null ? null : Timestamp.from(review.since()),
                                assessmentId,
                                itemId,
                                versionRead)
                        .update()
                == 1;
    }

    /**
     * A person confirms a derived answer as the record settles it: what a review found is taken over, the mark
     * cleared. False when the answer changed since the version read.
     */
    public boolean confirm(
            UUID assessmentId, String itemId, @Nullable Derived now, UUID by, Instant at, long versionRead) {
        return jdbc.sql("""
                        update assessment_answer set status = coalesce(?, status),
                            derived_fact = coalesce(?, derived_fact), derived_value = coalesce(?, derived_value),
                            confirmed_by = ?, confirmed_at = ?, review_fact = null, review_status = null,
                            review_value = null, review_since = null, version = version + 1
                        where assessment_id = ? and item_id = ? and version = ? and source = 'DERIVED'""")
                        .params(
                                now == null ? null : now.status().name(),
                                now == null ? null : now.fact(),
                                now == null ? null : now.value(),
                                by,
                                Timestamp.from(at),
                                assessmentId,
                                itemId,
                                versionRead)
                        .update()
                == 1;
    }

    /**
     * Writes a provider's statement from a questionnaire over whatever the item had (ADR 041): no user as author,
     * waiting for a risk officer's acceptance. Returns the version written.
     */
    public long writeStatement(UUID assessmentId, String itemId, AnswerStatus status, String text, Instant at) {
        return jdbc.sql("""
                        insert into assessment_answer (assessment_id, item_id, status, answer, reason, source,
                            answered_by, answered_at, version)
                        values (?, ?, ?, ?, case when ? = 'NOT_APPLICABLE' then ? end, 'PROVIDER_STATEMENT', null, ?, 1)
                        on conflict (assessment_id, item_id) do update set status = excluded.status,
                            answer = excluded.answer, reason = excluded.reason, source = 'PROVIDER_STATEMENT', answered_by = null,
                            answered_at = excluded.answered_at, version = assessment_answer.version + 1,
                            derived_fact = null, derived_value = null, confirmed_by = null, confirmed_at = null,
                            review_fact = null, review_status = null, review_value = null, review_since = null
                        returning version""")
                .params(assessmentId, itemId, status.name(), text, status.name(), text, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** A risk officer accepts a provider's statement; false when there is none waiting on the item. */
    public boolean acceptStatement(UUID assessmentId, String itemId, UUID by, Instant at) {
        return jdbc.sql("""
                        update assessment_answer set confirmed_by = ?, confirmed_at = ?, version = version + 1
                        where assessment_id = ? and item_id = ? and source = 'PROVIDER_STATEMENT'
                            and answered_by is null and confirmed_at is null""")
                        .params(by, Timestamp.from(at), assessmentId, itemId)
                        .update()
                == 1;
    }

    /** The started assessments of these candidates of the organisation, by candidate. */
    public Map<UUID, Started> assessmentsOf(UUID organizationId, List<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Started> started = new java.util.HashMap<>();
        jdbc.sql("select candidate_id, id, release from assessment where organization_id = :org"
                        + " and candidate_id in (:candidates)")
                .param("org", organizationId)
                .param("candidates", candidateIds)
                .query((rs, n) -> started.put(
                        rs.getObject(1, UUID.class), new Started(rs.getObject(2, UUID.class), rs.getString(3))))
                .list();
        return started;
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        String derivedFact = rs.getString("derived_fact");
        String reviewFact = rs.getString("review_fact");
        String reviewStatus = rs.getString("review_status");
        Timestamp confirmedAt = rs.getTimestamp("confirmed_at");
        Timestamp reviewSince = rs.getTimestamp("review_since");
        return new Answer(
                rs.getString("item_id"),
                AnswerStatus.valueOf(rs.getString("status")),
                rs.getString("answer"),
                rs.getString("reason"),
                AnswerSource.valueOf(rs.getString("source")),
                rs.getObject("answered_by", UUID.class),
                rs.getTimestamp("answered_at").toInstant(),
                rs.getLong("version"),
                derivedFact == null ? null : new Answer.Derivation(derivedFact, rs.getString("derived_value")),
                rs.getObject("confirmed_by", UUID.class),
                confirmedAt == null ? null : confirmedAt.toInstant(),
                reviewFact == null
                        ? null
                        : new Answer.Review(
                                reviewFact,
                                reviewStatus == null ? null : AnswerStatus.valueOf(reviewStatus),
                                rs.getString("review_value"),
                                reviewSince == null ? Instant.EPOCH : reviewSince.toInstant()));
    }

    /** A started assessment: its id and the release it is pinned to. */
    public record Started(UUID id, String release) {}

    /** One answer's status, by candidate and item. */
    public record Status(UUID candidateId, String itemId, AnswerStatus status) {}

    /** Answered of total, and the gaps. */
    public record Progress(int answered, int total, int gaps, int waiting) {}
}
