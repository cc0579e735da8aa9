package io.mekiki.provider;

import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services of providers; every query within one organisation. */
@Repository
class ServiceStore {

    private static final String DETAIL_COLUMNS = "provider_id, name, service_model, deployment, data_locations,"
            + " customer_chooses_location, operation_locations, contracting_entity_name, contracting_entity_country,"
            + " governing_law, jurisdiction, availability_percent, service_credits, support_hours, export_formats,"
            + " deletion_method, deletion_certificate, change_notice_days, termination_notice_days, secondary_use,"
            + " incident_notification, audit_cooperation, ai_features, trains_on_customer_data,"
            + " non_resident_access";

    private final JdbcClient jdbc;

    ServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID organizationId, UUID id, ServiceDetails details, Instant now) {
        jdbc.sql("insert into provider_service (id, organization_id, " + DETAIL_COLUMNS
                        + ", created_at, updated_at, version) values (?, ?, " + "?, ".repeat(25) + "?, ?, 0)")
                .params(Params.of(id, organizationId, values(details), Timestamp.from(now), Timestamp.from(now)))
                .update();
    }

    void update(UUID organizationId, UUID id, long version, ServiceDetails details, Instant now) {
        String assignments = String.join(
                ", ",
                Arrays.stream(DETAIL_COLUMNS.split(",\\s*"))
                        .map(column -> column + " = ?")
                        .toList());
        int updated = jdbc.sql(
                        "update provider_service set " + assignments
                                + ", updated_at = ?, version = version + 1 where id = ? and organization_id = ? and version = ?")
                .params(Params.of(values(details), Timestamp.from(now), id, organizationId, version))
                .update();
        if (updated != 1) {
            throw ProviderRuleViolation.stale();
        }
    }

    private static Params.Spliced values(ServiceDetails details) {
        return new Params.Spliced(Arrays.asList(
                details.providerId(),
                details.name(),
                details.serviceModel().name(),
                details.deployment() == null ? null : details.deployment().name(),
                details.dataLocations().toArray(String[]::new),
                details.customerChoosesLocation(),
                details.operationLocations().toArray(String[]::new),
                details.contractingEntityName(),
                details.contractingEntityCountry(),
                details.governingLaw(),
                details.jurisdiction(),
                details.availabilityPercent(),
                details.serviceCredits(),
                details.supportHours(),
                details.exportFormats().toArray(String[]::new),
                details.deletionMethod(),
                details.deletionCertificate(),
                details.changeNoticeDays(),
                details.terminationNoticeDays(),
                details.secondaryUse(),
                details.incidentNotification(),
                details.auditCooperation(),
                details.aiFeatures(),
                details.trainsOnCustomerData(),
                details.nonResidentAccessValue()));
    }

    boolean nameTaken(UUID providerId, String name, UUID exceptId) {
        return jdbc.sql("select exists (select 1 from provider_service where provider_id = ?"
                        + " and lower(name) = lower(?) and id <> ?)")
                .params(providerId, name, exceptId)
                .query(Boolean.class)
                .single();
    }

    Optional<CloudService> service(UUID organizationId, UUID id) {
        return jdbc.sql("select s.*, p.legal_name as provider_name from provider_service s"
                        + " join provider_provider p on p.id = s.provider_id"
                        + " where s.id = ? and s.organization_id = ?")
                .params(id, organizationId)
                .query(ServiceStore::service)
                .optional();
    }

    ResultPage<ServiceRow> page(
            UUID organizationId, @Nullable String text, @Nullable UUID providerId, int page, int size) {
        SearchWords words = SearchWords.of(
                text, "s.name", "p.legal_name", "s.contracting_entity_name", "s.ai_features", "s.deletion_method");
        StringBuilder where = new StringBuilder(" where s.organization_id = :org").append(words.condition());
        Map<String, Object> parameters = new LinkedHashMap<>(words.parameters());
        parameters.put("org", organizationId);
        if (providerId != null) {
            where.append(" and s.provider_id = :provider");
            parameters.put("provider", providerId);
        }
        String from = " from provider_service s join provider_provider p on p.id = s.provider_id" + where;
        long total = jdbc.sql("select count(*)" + from)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        List<ServiceRow> rows = jdbc.sql("select s.id, s.name, s.provider_id, p.legal_name, s.service_model,"
                        + " s.data_locations, s.customer_chooses_location, s.availability_percent, s.updated_at" + from
                        + " order by lower(s.name), lower(p.legal_name), s.id limit :size offset :offset")
                .params(parameters)
                .query((rs, n) -> new ServiceRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("legal_name"),
                        ServiceModel.valueOf(rs.getString("service_model")),
                        texts(rs.getArray("data_locations")),
                        rs.getBoolean("customer_chooses_location"),
                        rs.getBigDecimal("availability_percent"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new ResultPage<>(rows, page, size, total);
    }

    /** The facts of the organisation's services, of one provider or one service when given. */
    List<ServiceFacts> facts(UUID organizationId, @Nullable UUID providerId, @Nullable UUID serviceId) {
        StringBuilder where = new StringBuilder(" where s.organization_id = :org");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organizationId);
        if (providerId != null) {
            where.append(" and s.provider_id = :provider");
            parameters.put("provider", providerId);
        }
        if (serviceId != null) {
            where.append(" and s.id = :service");
            parameters.put("service", serviceId);
        }
        return jdbc.sql("""
                        select s.id, s.name, s.service_model, s.provider_id, p.legal_name, p.headquarters_country,
                            p.parent_name, p.parent_country, s.contracting_entity_name, s.contracting_entity_country,
                            s.data_locations, s.customer_chooses_location, s.operation_locations, s.non_resident_access,
                            array(select distinct sp.country from provider_subprocessor sp
                                  where sp.provider_id = p.id order by sp.country) as subprocessor_countries
                        from provider_service s join provider_provider p on p.id = s.provider_id""" + where + " order by lower(s.name), s.id")
                .params(parameters)
                .query((rs, n) -> new ServiceFacts(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        ServiceModel.valueOf(rs.getString("service_model")),
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("legal_name"),
                        rs.getString("headquarters_country"),
                        rs.getString("parent_name"),
                        rs.getString("parent_country"),
                        rs.getString("contracting_entity_name"),
                        rs.getString("contracting_entity_country"),
                        texts(rs.getArray("data_locations")),
                        rs.getBoolean("customer_chooses_location"),
                        texts(rs.getArray("operation_locations")),
                        texts(rs.getArray("subprocessor_countries")),
                        rs.getObject("non_resident_access", Boolean.class)))
                .list();
    }

    private static CloudService service(ResultSet rs, int row) throws SQLException {
        String deployment = rs.getString("deployment");
        return new CloudService(
                rs.getObject("id", UUID.class),
                new ServiceDetails(
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("name"),
                        ServiceModel.valueOf(rs.getString("service_model")),
                        deployment == null ? null : Deployment.valueOf(deployment),
                        texts(rs.getArray("data_locations")),
                        rs.getBoolean("customer_chooses_location"),
                        texts(rs.getArray("operation_locations")),
                        rs.getString("contracting_entity_name"),
                        rs.getString("contracting_entity_country"),
                        rs.getString("governing_law"),
                        rs.getString("jurisdiction"),
                        rs.getBigDecimal("availability_percent"),
                        rs.getString("service_credits"),
                        rs.getString("support_hours"),
                        texts(rs.getArray("export_formats")),
                        rs.getString("deletion_method"),
                        rs.getBoolean("deletion_certificate"),
                        rs.getObject("change_notice_days", Integer.class),
                        rs.getObject("termination_notice_days", Integer.class),
                        rs.getString("secondary_use"),
                        rs.getString("incident_notification"),
                        rs.getString("audit_cooperation"),
                        rs.getString("ai_features"),
                        rs.getObject("trains_on_customer_data", Boolean.class),
                        Tristate.of(rs.getObject("non_resident_access", Boolean.class))),
                rs.getString("provider_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
