package io.mekiki.comparison.internal;

import io.mekiki.comparison.CriteriaSet;
import io.mekiki.comparison.Criterion;
import io.mekiki.comparison.CriterionGroup;
import io.mekiki.comparison.KpiFitRating;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The criteria sets, scores, costs and KPI fit of the comparisons (ADR 031). */
@Component
public class ComparisonStore {

    private final JdbcClient jdbc;

    ComparisonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The initiative's criteria set; version 0 and no criteria while none was saved. */
    public CriteriaSet criteria(UUID organizationId, UUID initiativeId) {
        Optional<CriteriaSet> saved = jdbc.sql("""
                        select version, saved_by, saved_at from comparison_criteria_set
                        where organization_id = ? and initiative_id = ?""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> new CriteriaSet(
                        initiativeId,
                        rs.getLong(1),
                        List.of(),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .optional();
        if (saved.isEmpty()) {
            return new CriteriaSet(initiativeId, 0, List.of(), null, null);
        }
        List<Criterion> criteria = jdbc.sql("""
                        select id, name, criterion_group, weight, scale_min, scale_max, steps from comparison_criterion
                        where organization_id = ? and initiative_id = ? order by position""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> new Criterion(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        CriterionGroup.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        texts(rs.getArray(7))))
                .list();
        CriteriaSet found = saved.get();
        return new CriteriaSet(initiativeId, found.version(), criteria, found.savedBy(), found.savedAt());
    }

    /**
     * Writes the set over the version read: criteria kept by id are updated, new ones inserted, the others
     * deleted with their scores, and scores outside a criterion's new scale deleted. False when the set
     * changed since {@code versionRead}.
     *
     * @return the number of scores deleted, or -1 when the set changed since
     */
    public int save(
            UUID organizationId,
            UUID initiativeId,
            long versionRead,
            List<Criterion> criteria,
            @Nullable UUID savedBy,
            Instant now) {
        boolean written = versionRead == 0
                ? jdbc.sql("""
                                insert into comparison_criteria_set (initiative_id, organization_id, version, saved_by, saved_at)
                                values (?, ?, 1, ?, ?) on conflict (initiative_id) do nothing""")
                                .params(initiativeId, organizationId, savedBy, Timestamp.from(now))
                                .update()
                        == 1
                : jdbc.sql("""
                                update comparison_criteria_set set version = version + 1, saved_by = ?, saved_at = ?
                                where organization_id = ? and initiative_id = ? and version = ?""")
                                .params(savedBy, Timestamp.from(now), organizationId, initiativeId, versionRead)
                                .update()
                        == 1;
        if (!written) {
            return -1;
        }
        List<UUID> kept = criteria.stream().map(Criterion::id).toList();
        int dropped = jdbc.sql("""
                        delete from comparison_score s using comparison_criterion c
                        where s.criterion_id = c.id and c.initiative_id = :initiative
                            and not (c.id = any(:kept))""")
                .param("initiative", initiativeId)
                .param("kept", kept.toArray(UUID[]::new))
                .update();
        jdbc.sql("delete from comparison_criterion where initiative_id = :initiative and not (id = any(:kept))")
                .param("initiative", initiativeId)
                .param("kept", kept.toArray(UUID[]::new))
                .update();
        for (int position = 0; position < criteria.size(); position++) {
            Criterion criterion = criteria.get(position);
            jdbc.sql("""
                            insert into comparison_criterion (id, initiative_id, organization_id, position, name,
                                criterion_group, weight, scale_min, scale_max, steps)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (id) do update set position = excluded.position, name = excluded.name,
                                criterion_group = excluded.criterion_group, weight = excluded.weight,
                                scale_min = excluded.scale_min, scale_max = excluded.scale_max, steps = excluded.steps""")
                    .params(
                            criterion.id(),
                            initiativeId,
                            organizationId,
                            position,
                            criterion.name(),
                            criterion.group().name(),
                            criterion.weight(),
                            criterion.scaleMin(),
                            criterion.scaleMax(),
                            criterion.steps().toArray(String[]::new))
                    .update();
            dropped += jdbc.sql("""
                            delete from comparison_score where criterion_id = ? and (score < ? or score > ?)""")
                    .params(criterion.id(), criterion.scaleMin(), criterion.scaleMax())
                    .update();
        }
        return dropped;
    }

    public List<Score> scores(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select column_key, criterion_id, score, comment, scored_by, scored_at from comparison_score
                        where organization_id = ? and initiative_id = ? order by column_key, criterion_id""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> new Score(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Writes the score of the column on the criterion; the score it replaced, if any. */
    public Optional<Integer> score(UUID organizationId, UUID initiativeId, Score score) {
        Optional<Integer> before = jdbc.sql("""
                        select score from comparison_score where initiative_id = ? and column_key = ? and criterion_id = ?
                        for update""")
                .params(initiativeId, score.column(), score.criterionId())
                .query(Integer.class)
                .optional();
        jdbc.sql("""
                        insert into comparison_score (initiative_id, organization_id, column_key, criterion_id, score,
                            comment, scored_by, scored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (initiative_id, column_key, criterion_id) do update set score = excluded.score,
                            comment = excluded.comment, scored_by = excluded.scored_by, scored_at = excluded.scored_at""")
                .params(
                        initiativeId,
                        organizationId,
                        score.column(),
                        score.criterionId(),
                        score.score(),
                        score.comment(),
                        score.scoredBy(),
                        Timestamp.from(score.scoredAt()))
                .update();
        return before;
    }

    public List<Cost> costs(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select candidate_id, initial_cost, monthly_cost, entered_by, entered_at from comparison_cost
                        where organization_id = ? and initiative_id = ? order by candidate_id""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> new Cost(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, UUID.class),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public void cost(UUID organizationId, UUID initiativeId, Cost cost) {
        jdbc.sql("""
                        insert into comparison_cost (candidate_id, initiative_id, organization_id, initial_cost,
                            monthly_cost, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (candidate_id) do update set initial_cost = excluded.initial_cost,
                            monthly_cost = excluded.monthly_cost, entered_by = excluded.entered_by,
                            entered_at = excluded.entered_at""")
                .params(
                        cost.candidateId(),
                        initiativeId,
                        organizationId,
                        cost.initialCost(),
                        cost.monthlyCost(),
                        cost.enteredBy(),
                        Timestamp.from(cost.enteredAt()))
                .update();
    }

    public List<Fit> fits(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select column_key, kpi_id, fit, comment, rated_by, rated_at from comparison_kpi_fit
                        where organization_id = ? and initiative_id = ? order by column_key, kpi_id""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> new Fit(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        KpiFitRating.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public void fit(UUID organizationId, UUID initiativeId, Fit fit) {
        jdbc.sql("""
                        insert into comparison_kpi_fit (initiative_id, organization_id, column_key, kpi_id, fit, comment,
                            rated_by, rated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (initiative_id, column_key, kpi_id) do update set fit = excluded.fit,
                            comment = excluded.comment, rated_by = excluded.rated_by, rated_at = excluded.rated_at""")
                .params(
                        initiativeId,
                        organizationId,
                        fit.column(),
                        fit.kpiId(),
                        fit.fit().name(),
                        fit.comment(),
                        fit.ratedBy(),
                        Timestamp.from(fit.ratedAt()))
                .update();
    }

    private static List<String> texts(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A column's score on a criterion; {@code column} is a candidate's id or {@code in-house}. */
    public record Score(
            String column,
            UUID criterionId,
            int score,
            String comment,
            @Nullable UUID scoredBy,
            Instant scoredAt) {}

    /** A candidate's costs in yen. */
    public record Cost(
            UUID candidateId,
            long initialCost,
            long monthlyCost,
            @Nullable UUID enteredBy,
            Instant enteredAt) {}

    /** A column's fit with a KPI. */
    public record Fit(
            String column,
            UUID kpiId,
            KpiFitRating fit,
            String comment,
            @Nullable UUID ratedBy,
            Instant ratedAt) {}
}
