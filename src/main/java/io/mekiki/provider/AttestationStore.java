package io.mekiki.provider;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What attestation reports cover and expect: report dates, services in scope, bridge letters, exceptions noted,
 * complementary user-entity controls, the organisation's notice offsets and the lapses told; every query within
 * one organisation.
 */
@Repository
class AttestationStore {

    private final JdbcClient jdbc;

    AttestationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One attestation as coverage reads it: its kind and period. */
    record Period(
            UUID id,
            AttestationKind kind,
            @Nullable LocalDate start,
            @Nullable LocalDate end) {}

    /** The provider's attestations whose scope names the service or names none (all of them without a service). */
    List<Period> inScope(UUID organizationId, UUID providerId, @Nullable UUID serviceId) {
        return jdbc.sql("""
                        select a.id, a.kind, a.period_start, a.period_end from provider_attestation a
                        where a.organization_id = ? and a.provider_id = ?
                          and (cast(? as uuid) is null
                               or not exists (select 1 from provider_attestation_service s where s.attestation_id = a.id)
                               or exists (select 1 from provider_attestation_service s
                                          where s.attestation_id = a.id and s.service_id = ?))
                        order by a.period_start nulls first, a.period_end nulls last, a.id""")
                .params(organizationId, providerId, serviceId, serviceId)
                .query((rs, n) -> new Period(
                        rs.getObject("id", UUID.class),
                        AttestationKind.valueOf(rs.getString("kind")),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class)))
                .list();
    }

    // report date and services in scope

    @Nullable
    LocalDate reportDate(UUID organizationId, UUID attestationId) {
        return jdbc.sql("select report_date from provider_attestation where id = ? and organization_id = ?")
                .params(attestationId, organizationId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    void reportDate(UUID organizationId, UUID attestationId, @Nullable LocalDate reportDate) {
        jdbc.sql("update provider_attestation set report_date = ? where id = ? and organization_id = ?")
                .params(reportDate, attestationId, organizationId)
                .update();
    }

    List<UUID> services(UUID organizationId, UUID attestationId) {
        return jdbc.sql("""
                        select s.service_id from provider_attestation_service s
                        join provider_attestation a on a.id = s.attestation_id
                        where s.attestation_id = ? and a.organization_id = ? order by s.service_id""")
                .params(attestationId, organizationId)
                .query(UUID.class)
                .list();
    }

    void services(UUID attestationId, List<UUID> serviceIds) {
        jdbc.sql("delete from provider_attestation_service where attestation_id = ?")
                .params(attestationId)
                .update();
        for (UUID serviceId : serviceIds) {
            jdbc.sql("insert into provider_attestation_service (attestation_id, service_id) values (?, ?)")
                    .params(attestationId, serviceId)
                    .update();
        }
    }

    /** Which of the services are the provider's, in the organisation. */
    List<UUID> servicesOf(UUID organizationId, UUID providerId, List<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from provider_service where organization_id = ? and provider_id = ?"
                        + " and id = any(?)")
                .params(organizationId, providerId, serviceIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    // bridge letters

    void insertBridgeLetter(UUID organizationId, BridgeLetter letter, Instant now) {
        jdbc.sql("insert into provider_bridge_letter (id, organization_id, attestation_id, covers_until, issued_on,"
                        + " created_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        letter.id(),
                        organizationId,
                        letter.attestationId(),
                        letter.coversUntil(),
                        letter.issuedOn(),
                        Timestamp.from(now))
                .update();
    }

    void deleteBridgeLetter(UUID organizationId, UUID id) {
        jdbc.sql("delete from provider_bridge_letter where id = ? and organization_id = ?")
                .params(id, organizationId)
                .update();
    }

    /** The provider's bridge letters, or one attestation's when {@code attestationId} is given. */
    List<BridgeLetter> bridgeLetters(UUID organizationId, UUID providerId, @Nullable UUID attestationId) {
        return jdbc.sql("""
                        select b.id, b.attestation_id, a.period_end, b.covers_until, b.issued_on
                        from provider_bridge_letter b join provider_attestation a on a.id = b.attestation_id
                        where b.organization_id = ? and a.provider_id = ?
                          and (cast(? as uuid) is null or b.attestation_id = ?)
                        order by b.covers_until, b.created_at, b.id""")
                .params(organizationId, providerId, attestationId, attestationId)
                .query((rs, n) -> new BridgeLetter(
                        rs.getObject("id", UUID.class),
                        rs.getObject("attestation_id", UUID.class),
                        rs.getObject("period_end", LocalDate.class).plusDays(1),
                        rs.getObject("covers_until", LocalDate.class),
                        rs.getObject("issued_on", LocalDate.class)))
                .list();
    }

    // exceptions noted

    void insertException(UUID organizationId, ReportException exception, Instant now) {
        jdbc.sql("insert into provider_report_exception (id, organization_id, attestation_id, control, description,"
                        + " response, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        exception.id(),
                        organizationId,
                        exception.attestationId(),
                        exception.control(),
                        exception.description(),
                        exception.response(),
                        Timestamp.from(now))
                .update();
    }

    void updateException(UUID organizationId, ReportException exception) {
        jdbc.sql("update provider_report_exception set control = ?, description = ?, response = ?"
                        + " where id = ? and organization_id = ?")
                .params(
                        exception.control(),
                        exception.description(),
                        exception.response(),
                        exception.id(),
                        organizationId)
                .update();
    }

    void deleteException(UUID organizationId, UUID id) {
        jdbc.sql("delete from provider_report_exception where id = ? and organization_id = ?")
                .params(id, organizationId)
                .update();
    }

    List<ReportException> exceptions(UUID organizationId, UUID providerId, @Nullable UUID attestationId) {
        return jdbc.sql("""
                        select e.id, e.attestation_id, e.control, e.description, e.response
                        from provider_report_exception e join provider_attestation a on a.id = e.attestation_id
                        where e.organization_id = ? and a.provider_id = ?
                          and (cast(? as uuid) is null or e.attestation_id = ?)
                        order by e.created_at, e.id""")
                .params(organizationId, providerId, attestationId, attestationId)
                .query((rs, n) -> new ReportException(
                        rs.getObject("id", UUID.class),
                        rs.getObject("attestation_id", UUID.class),
                        rs.getString("control"),
                        rs.getString("description"),
                        rs.getString("response")))
                .list();
    }

    // complementary user-entity controls

    void insertControl(UUID organizationId, UserEntityControl control, Instant now) {
        jdbc.sql("insert into provider_user_entity_control (id, organization_id, attestation_id, control, person_id,"
                        + " our_control, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        control.id(),
                        organizationId,
                        control.attestationId(),
                        control.control(),
                        control.personId(),
                        control.ourControl(),
                        Timestamp.from(now))
                .update();
    }

    void updateControl(UUID organizationId, UserEntityControl control) {
        jdbc.sql("update provider_user_entity_control set control = ?, person_id = ?, our_control = ?"
                        + " where id = ? and organization_id = ?")
                .params(control.control(), control.personId(), control.ourControl(), control.id(), organizationId)
                .update();
    }

    void deleteControl(UUID organizationId, UUID id) {
        jdbc.sql("delete from provider_user_entity_control where id = ? and organization_id = ?")
                .params(id, organizationId)
                .update();
    }

    List<UserEntityControl> controls(UUID organizationId, UUID providerId, @Nullable UUID attestationId) {
        return jdbc.sql("""
                        select c.id, c.attestation_id, c.control, c.person_id, c.our_control
                        from provider_user_entity_control c join provider_attestation a on a.id = c.attestation_id
                        where c.organization_id = ? and a.provider_id = ?
                          and (cast(? as uuid) is null or c.attestation_id = ?)
                        order by c.created_at, c.id""")
                .params(organizationId, providerId, attestationId, attestationId)
                .query((rs, n) -> new UserEntityControl(
                        rs.getObject("id", UUID.class),
                        rs.getObject("attestation_id", UUID.class),
                        rs.getString("control"),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("our_control")))
                .list();
    }

    // notice offsets

    Optional<List<Integer>> noticeOffsets(UUID organizationId) {
        return jdbc.sql("select offsets_days from provider_attestation_notice_setting where organization_id = ?")
                .params(organizationId)
                .query((rs, n) -> offsets(rs.getArray("offsets_days")))
                .optional();
    }

    void noticeOffsets(UUID organizationId, List<Integer> offsets, Instant now) {
        jdbc.sql("""
                        insert into provider_attestation_notice_setting (organization_id, offsets_days, updated_at)
                        values (?, ?, ?)
                        on conflict (organization_id) do update set offsets_days = excluded.offsets_days,
                          updated_at = excluded.updated_at""")
                .params(organizationId, offsets.toArray(Integer[]::new), Timestamp.from(now))
                .update();
    }

    private static List<Integer> offsets(Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        List<Integer> offsets = new ArrayList<>();
        Arrays.stream(values).forEach(value -> offsets.add(((Number) value).intValue()));
        return offsets;
    }

    // lapses

    /**
     * An attestation whose period ended (with its last bridge letter, on {@code endsOn}) before today and whose
     * lapse at that end was not told yet.
     */
    record Lapse(
            UUID organizationId,
            UUID attestationId,
            UUID providerId,
            AttestationKind kind,
            @Nullable String title,
            LocalDate periodEnd,
            LocalDate endsOn) {}

    /** The lapses not told yet, of attestations no later one of their kind renews. */
    List<Lapse> untoldLapses(UUID organizationId, LocalDate today) {
        return jdbc.sql("""
                        with ends as (
                          select a.organization_id, a.id, a.provider_id, a.kind, a.title, a.period_end,
                                 greatest(a.period_end, (select max(b.covers_until) from provider_bridge_letter b
                                                         where b.attestation_id = a.id)) as ends_on
                          from provider_attestation a
                          where a.organization_id = ? and a.period_end < ?
                            and not exists (select 1 from provider_attestation later
                                            where later.provider_id = a.provider_id and later.kind = a.kind
                                              and later.period_end > a.period_end))
                        select * from ends
                        where ends_on < ?
                          and not exists (select 1 from provider_attestation_lapse l
                                          where l.attestation_id = ends.id and l.period_end = ends.ends_on)
                        order by ends_on, id""")
                .params(organizationId, today, today)
                .query((rs, n) -> new Lapse(
                        rs.getObject("organization_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        AttestationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("period_end", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /** The organisations with attestations whose period ended before the day. */
    List<UUID> organizationsWithEnded(LocalDate day) {
        return jdbc.sql("select distinct organization_id from provider_attestation where period_end < ?")
                .params(day)
                .query(UUID.class)
                .list();
    }

    /** Records the lapse as told; false when another sweep told it first. */
    boolean told(Lapse lapse, Instant now) {
        return jdbc.sql("insert into provider_attestation_lapse (attestation_id, period_end, organization_id,"
                                + " lapsed_at) values (?, ?, ?, ?) on conflict do nothing")
                        .params(lapse.attestationId(), lapse.endsOn(), lapse.organizationId(), Timestamp.from(now))
                        .update()
                == 1;
    }
}
