package io.mekiki.selection;

import io.mekiki.initiative.ScopingChange;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.shared.CanonicalJson;
import io.mekiki.shared.PageReads;
import io.mekiki.shared.ServiceModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The candidates and the history of their scopings, in the module's own tables. */
@Component
class CandidateStore {

    private static final JsonMapper READER = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CandidateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws DuplicateKeyException when the service is already an open candidate of the initiative */
    void insert(Candidate candidate) {
        jdbc.sql("""
                        insert into selection_candidate (id, organization_id, initiative_id, service_id, service_name,
                            added_at, added_by, facts, scoping, scoping_hash, scoped_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        candidate.id(),
                        candidate.organizationId(),
                        candidate.initiativeId(),
                        candidate.serviceId(),
                        candidate.facts().serviceName(),
                        Timestamp.from(candidate.addedAt()),
                        candidate.addedBy(),
                        factsJson(candidate.facts()),
                        candidate.scoping().toJson(),
                        candidate.scopingHash(),
                        Timestamp.from(candidate.scopedAt()))
                .update();
    }

    /** @throws OptimisticLockingFailureException when someone else changed it since it was read */
    void update(Candidate candidate) {
        int updated = jdbc.sql("""
                        update selection_candidate set service_name = ?, withdrawn_at = ?, withdrawn_by = ?,
                            withdraw_reason = ?, facts = ?, scoping = ?, scoping_hash = ?, scoped_at = ?,
                            version = version + 1
                        where id = ? and organization_id = ? and version = ?""")
                .params(
                        candidate.facts().serviceName(),
                        candidate.withdrawnAt() == null ? null : Timestamp.from(candidate.withdrawnAt()),
                        candidate.withdrawnBy(),
                        candidate.withdrawReason(),
                        factsJson(candidate.facts()),
                        candidate.scoping().toJson(),
                        candidate.scopingHash(),
                        Timestamp.from(candidate.scopedAt()),
                        candidate.id(),
                        candidate.organizationId(),
                        candidate.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("candidate " + candidate.id() + " changed");
        }
    }

    Optional<Candidate> find(UUID organizationId, UUID initiativeId, UUID id) {
        return jdbc.sql("select * from selection_candidate where organization_id = ? and initiative_id = ? and id = ?")
                .params(organizationId, initiativeId, id)
                .query(CandidateStore::candidate)
                .optional();
    }

    Optional<Candidate> find(UUID organizationId, UUID id) {
        return jdbc.sql("select * from selection_candidate where organization_id = ? and id = ?")
                .params(organizationId, id)
                .query(CandidateStore::candidate)
                .optional();
    }

    /** The initiative's candidates, open ones first, each group in the order they were added. */
    List<Candidate> ofInitiative(UUID organizationId, UUID initiativeId) {
        return PageReads.once(
                List.of("selection.candidates", organizationId, initiativeId),
                () -> List.copyOf(jdbc.sql("""
                                select * from selection_candidate where organization_id = ? and initiative_id = ?
                                order by withdrawn_at is not null, added_at, id""")
                        .params(organizationId, initiativeId)
                        .query(CandidateStore::candidate)
                        .list()));
    }

    /** The open candidates of these initiatives, in one statement. */
    List<Candidate> openOfInitiatives(UUID organizationId, Collection<UUID> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from selection_candidate where organization_id = :org
                        and initiative_id = any(:ids) and withdrawn_at is null order by added_at, id""")
                .param("org", organizationId)
                .param("ids", initiativeIds.stream().distinct().toArray(UUID[]::new))
                .query(CandidateStore::candidate)
                .list();
    }

    /**
     * The names of the services of these candidates of the organisation, read in one statement from the
     * column kept with the facts' service name (for titles; the facts and scoping are not read).
     */
    Map<UUID, String> serviceNames(UUID organizationId, Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, service_name from selection_candidate where organization_id = :org and id = any(:ids)")
                .param("org", organizationId)
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    /** The ids of the organisation's open candidates. */
    List<UUID> openIn(UUID organizationId) {
        return jdbc.sql("""
                        select id from selection_candidate where organization_id = ? and withdrawn_at is null
                        order by added_at, id""").param(organizationId).query(UUID.class).list();
    }

    /** The ids of the open candidates that use one of the services. */
    List<UUID> openWithServices(UUID organizationId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id from selection_candidate where organization_id = :org and service_id in (:services)
                        and withdrawn_at is null order by added_at, id""")
                .param("org", organizationId)
                .param("services", serviceIds)
                .query(UUID.class)
                .list();
    }

    boolean openWithService(UUID organizationId, UUID initiativeId, UUID serviceId) {
        return jdbc.sql("""
                        select count(*) from selection_candidate where organization_id = ? and initiative_id = ?
                        and service_id = ? and withdrawn_at is null""")
                        .params(organizationId, initiativeId, serviceId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void appendHistory(UUID organizationId, UUID candidateId, ScopingChange change) {
        jdbc.sql("""
                        insert into selection_candidate_scoping_change (id, organization_id, candidate_id, changed_at,
                            changed_by, changed_by_id, change)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        change.id(),
                        organizationId,
                        candidateId,
                        Timestamp.from(change.changedAt()),
                        change.changedBy(),
                        change.changedById(),
                        change.storedJson())
                .update();
    }

    /** Newest first. */
    List<ScopingChange> history(UUID organizationId, UUID candidateId) {
        return jdbc.sql("""
                        select * from selection_candidate_scoping_change where organization_id = ? and candidate_id = ?
                        order by changed_at desc, id""")
                .params(organizationId, candidateId)
                .query((rs, n) -> ScopingChange.fromStored(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        rs.getObject("changed_by_id", UUID.class),
                        rs.getString("change")))
                .list();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        return new Candidate(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("initiative_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getTimestamp("added_at").toInstant(),
                rs.getString("added_by"),
                withdrawnAt == null ? null : withdrawnAt.toInstant(),
                rs.getString("withdrawn_by"),
                rs.getString("withdraw_reason"),
                facts(rs.getString("facts")),
                ScopingSnapshot.fromJson(rs.getString("scoping")),
                rs.getString("scoping_hash"),
                rs.getTimestamp("scoped_at").toInstant(),
                rs.getLong("version"));
    }

    static String factsJson(ServiceFacts facts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("serviceId", facts.serviceId().toString());
        json.put("serviceName", facts.serviceName());
        json.put("serviceModel", facts.serviceModel().name());
        json.put("providerId", facts.providerId().toString());
        json.put("providerName", facts.providerName());
        json.put("providerCountry", facts.providerCountry());
        json.put("parentName", facts.parentName());
        json.put("parentCountry", facts.parentCountry());
        json.put("contractingEntityName", facts.contractingEntityName());
        json.put("contractingEntityCountry", facts.contractingEntityCountry());
        json.put("dataLocations", facts.dataLocations());
        json.put("customerChoosesLocation", facts.customerChoosesLocation());
        json.put("operationLocations", facts.operationLocations());
        json.put("subprocessorCountries", facts.subprocessorCountries());
        if (facts.nonResidentAccess() != null) {
            // written only when known, so that facts kept before the field existed read back equal
            json.put("nonResidentAccess", facts.nonResidentAccess());
        }
        return CanonicalJson.write(json);
    }

    static ServiceFacts facts(String text) {
        JsonNode json = READER.readTree(text);
        return new ServiceFacts(
                UUID.fromString(json.get("serviceId").asString()),
                json.get("serviceName").asString(),
                ServiceModel.valueOf(json.get("serviceModel").asString()),
                UUID.fromString(json.get("providerId").asString()),
                json.get("providerName").asString(),
                json.get("providerCountry").asString(),
                text(json, "parentName"),
                text(json, "parentCountry"),
                text(json, "contractingEntityName"),
                text(json, "contractingEntityCountry"),
                list(json, "dataLocations"),
                json.get("customerChoosesLocation").asBoolean(),
                list(json, "operationLocations"),
                list(json, "subprocessorCountries"),
                json.hasNonNull("nonResidentAccess")
                        ? json.get("nonResidentAccess").asBoolean()
                        : null);
    }

    private static @Nullable String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> list(JsonNode json, String field) {
        List<String> values = new ArrayList<>();
        json.get(field).forEach(value -> values.add(value.asString()));
        return values;
    }
}
