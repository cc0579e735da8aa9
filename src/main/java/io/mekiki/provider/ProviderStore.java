package io.mekiki.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers with their attestations, subprocessors and contacts; every query within one organisation. */
@Repository
class ProviderStore {

    /** How much of a document is read from the database at a time when it is downloaded. */
    private static final int SLICE_BYTES = 1024 * 1024;

    private static final String PROVIDER_COLUMNS = "id, legal_name, headquarters_country, parent_name, parent_country,"
            + " japanese_entity_name, corporate_number, listed, capital_jpy, founded, notes, created_at, updated_at,"
            + " version";

    private final JdbcClient jdbc;

    ProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID organizationId, UUID id, ProviderDetails details, Instant now) {
        jdbc.sql("insert into provider_provider (organization_id, " + PROVIDER_COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(Params.of(
                        organizationId, id, detailParameters(details), Timestamp.from(now), Timestamp.from(now)))
                .update();
    }

    /** Saves the details if nobody saved another version since {@code version} was read. */
    void update(UUID organizationId, UUID id, long version, ProviderDetails details, Instant now) {
        int updated = jdbc.sql("update provider_provider set legal_name = ?, headquarters_country = ?,"
                        + " parent_name = ?, parent_country = ?, japanese_entity_name = ?, corporate_number = ?,"
                        + " listed = ?, capital_jpy = ?, founded = ?, notes = ?, updated_at = ?,"
                        + " version = version + 1 where id = ? and organization_id = ? and version = ?")
                .params(Params.of(detailParameters(details), Timestamp.from(now), id, organizationId, version))
                .update();
        if (updated != 1) {
            throw ProviderRuleViolation.stale();
        }
    }

    /** Marks the provider as changed (its subprocessors), so that an edit started before is told so. */
    void touch(UUID organizationId, UUID id, Instant now) {
        jdbc.sql("update provider_provider set updated_at = ?, version = version + 1"
                        + " where id = ? and organization_id = ?")
                .params(Timestamp.from(now), id, organizationId)
                .update();
    }

    private static Params.Spliced detailParameters(ProviderDetails details) {
        return new Params.Spliced(java.util.Arrays.asList(
                details.legalName(),
                details.headquartersCountry(),
                details.parentName(),
                details.parentCountry(),
                details.japaneseEntityName(),
                details.corporateNumber(),
                details.listed(),
                details.capitalJpy(),
                details.founded(),
                details.notes()));
    }

    boolean nameTaken(UUID organizationId, String legalName, UUID exceptId) {
        return jdbc.sql("select exists (select 1 from provider_provider where organization_id = ?"
                        + " and lower(legal_name) = lower(?) and id <> ?)")
                .params(organizationId, legalName, exceptId)
                .query(Boolean.class)
                .single();
    }

    Optional<Provider> provider(UUID organizationId, UUID id) {
        return jdbc.sql("select " + PROVIDER_COLUMNS + " from provider_provider where id = ? and organization_id = ?")
                .params(id, organizationId)
                .query(ProviderStore::provider)
                .optional();
    }

    ResultPage<ProviderRow> page(UUID organizationId, @Nullable String text, int page, int size) {
        SearchWords words = SearchWords.of(
                text, "p.legal_name", "p.japanese_entity_name", "p.parent_name", "p.corporate_number", "p.notes");
        String where = " where p.organization_id = :org" + words.condition();
        Map<String, Object> parameters = new LinkedHashMap<>(words.parameters());
        parameters.put("org", organizationId);
        long total = jdbc.sql("select count(*) from provider_provider p" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        List<ProviderRow> rows = jdbc.sql("select p.id, p.legal_name, p.headquarters_country, p.parent_name,"
                        + " p.parent_country, p.japanese_entity_name, p.listed, p.updated_at,"
                        + " (select count(*) from provider_service s where s.provider_id = p.id) as services,"
                        + " (select count(*) from provider_attestation a where a.provider_id = p.id) as attestations"
                        + " from provider_provider p" + where
                        + " order by lower(p.legal_name), p.id limit :size offset :offset")
                .params(parameters)
                .query((rs, n) -> new ProviderRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("legal_name"),
                        rs.getString("headquarters_country"),
                        rs.getString("parent_name"),
                        rs.getString("parent_country"),
                        rs.getString("japanese_entity_name"),
                        rs.getBoolean("listed"),
                        rs.getInt("services"),
                        rs.getInt("attestations"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new ResultPage<>(rows, page, size, total);
    }

    /** The organisation's providers by name, for choosing one. */
    List<ProviderChoice> choices(UUID organizationId) {
        return jdbc.sql("select id, legal_name from provider_provider where organization_id = ?"
                        + " order by lower(legal_name), id")
                .params(organizationId)
                .query((rs, n) -> new ProviderChoice(rs.getObject("id", UUID.class), rs.getString("legal_name")))
                .list();
    }

    private static Provider provider(ResultSet rs, int row) throws SQLException {
        return new Provider(
                rs.getObject("id", UUID.class),
                new ProviderDetails(
                        rs.getString("legal_name"),
                        rs.getString("headquarters_country"),
                        rs.getString("parent_name"),
                        rs.getString("parent_country"),
                        rs.getString("japanese_entity_name"),
                        rs.getString("corporate_number"),
                        rs.getBoolean("listed"),
                        rs.getObject("capital_jpy", Long.class),
                        rs.getString("founded"),
                        rs.getString("notes")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    // attestations

    void insertAttestation(UUID organizationId, UUID providerId, UUID id, AttestationDetails details, Instant now) {
        jdbc.sql("insert into provider_attestation (id, organization_id, provider_id, kind, title, scope, issuer,"
                        + " period_start, period_end, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        organizationId,
                        providerId,
                        details.kind().name(),
                        details.title(),
                        details.scope(),
                        details.issuer(),
                        details.periodStart(),
                        details.periodEnd(),
                        Timestamp.from(now))
                .update();
    }

    void storeDocument(UUID organizationId, UUID attestationId, Attestation.Document document, byte[] content) {
        jdbc.sql("update provider_attestation set document_name = ?, document_type = ?, document_size = ?,"
                        + " document_sha256 = ?, document = ? where id = ? and organization_id = ?")
                .params(
                        document.fileName(),
                        document.mediaType(),
                        document.size(),
                        document.sha256(),
                        content,
                        attestationId,
                        organizationId)
                .update();
    }

    void deleteAttestation(UUID organizationId, UUID id) {
        jdbc.sql("delete from provider_attestation where id = ? and organization_id = ?")
                .params(id, organizationId)
                .update();
    }

    Optional<Attestation> attestation(UUID organizationId, UUID providerId, UUID id) {
        return jdbc.sql("select * from provider_attestation where id = ? and provider_id = ? and organization_id = ?")
                .params(id, providerId, organizationId)
                .query(ProviderStore::attestation)
                .optional();
    }

    List<Attestation> attestations(UUID organizationId, UUID providerId) {
        return jdbc.sql("select id, provider_id, kind, title, scope, issuer, period_start, period_end, document_name,"
                        + " document_type, document_size, document_sha256, created_at from provider_attestation"
                        + " where provider_id = ? and organization_id = ?"
                        + " order by kind, period_end desc nulls last, created_at")
                .params(providerId, organizationId)
                .query(ProviderStore::attestation)
                .list();
    }

    /**
     * Attestations ending before {@code until} (those already ended included), unless a later attestation of
     * the same kind for the same provider ends after it: a renewal replaces the one it renews.
     */
    List<AttestationDue> due(UUID organizationId, LocalDate until) {
        return jdbc.sql("""
                        select a.id, a.provider_id, p.legal_name, a.kind, a.title, a.period_end
                        from provider_attestation a join provider_provider p on p.id = a.provider_id
                        where a.organization_id = ? and a.period_end <= ?
                          and not exists (select 1 from provider_attestation later
                                          where later.provider_id = a.provider_id and later.kind = a.kind
                                            and later.period_end > a.period_end)
                        order by a.period_end, lower(p.legal_name), a.id""")
                .params(organizationId, until)
                .query((rs, n) -> new AttestationDue(
                        rs.getObject("id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        rs.getString("legal_name"),
                        AttestationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("period_end", LocalDate.class)))
                .list();
    }

    private static Attestation attestation(ResultSet rs, int row) throws SQLException {
        String sha256 = rs.getString("document_sha256");
        return new Attestation(
                rs.getObject("id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                new AttestationDetails(
                        AttestationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("scope"),
                        rs.getString("issuer"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class)),
                sha256 == null
                        ? null
                        : new Attestation.Document(
                                rs.getString("document_name"),
                                rs.getString("document_type"),
                                rs.getLong("document_size"),
                                sha256),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Copies the stored document to {@code out} one slice at a time. */
    void writeDocument(UUID organizationId, UUID attestationId, long size, OutputStream out) throws IOException {
        for (long offset = 0; offset < size; offset += SLICE_BYTES) {
            byte[] slice = jdbc.sql("select substring(document from ? for ?) from provider_attestation"
                            + " where id = ? and organization_id = ?")
                    .params(Math.toIntExact(offset + 1), SLICE_BYTES, attestationId, organizationId)
                    .query(byte[].class)
                    .single();
            out.write(slice);
        }
    }

    // subprocessors and contacts

    void insertSubprocessor(UUID organizationId, UUID providerId, UUID id, SubprocessorDetails details, Instant now) {
        jdbc.sql("insert into provider_subprocessor (id, organization_id, provider_id, name, country, function,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        organizationId,
                        providerId,
                        details.name(),
                        details.country(),
                        details.function(),
                        Timestamp.from(now))
                .update();
    }

    List<Subprocessor> subprocessors(UUID organizationId, UUID providerId) {
        return jdbc.sql("select id, provider_id, name, country, function from provider_subprocessor"
                        + " where provider_id = ? and organization_id = ? order by lower(name), id")
                .params(providerId, organizationId)
                .query((rs, n) -> new Subprocessor(
                        rs.getObject("id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        new SubprocessorDetails(
                                rs.getString("name"), rs.getString("country"), rs.getString("function"))))
                .list();
    }

    void deleteSubprocessor(UUID organizationId, UUID id) {
        jdbc.sql("delete from provider_subprocessor where id = ? and organization_id = ?")
                .params(id, organizationId)
                .update();
    }

    void insertContact(UUID organizationId, UUID providerId, UUID id, ContactDetails details, Instant now) {
        jdbc.sql("insert into provider_contact (id, organization_id, provider_id, name, email, role, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        organizationId,
                        providerId,
                        details.name(),
                        details.email(),
                        details.role(),
                        Timestamp.from(now))
                .update();
    }

    List<Contact> contacts(UUID organizationId, UUID providerId) {
        return jdbc.sql("select id, provider_id, name, email, role from provider_contact"
                        + " where provider_id = ? and organization_id = ? order by created_at, id")
                .params(providerId, organizationId)
                .query((rs, n) -> new Contact(
                        rs.getObject("id", UUID.class),
                        rs.getObject("provider_id", UUID.class),
                        new ContactDetails(rs.getString("name"), rs.getString("email"), rs.getString("role"))))
                .list();
    }

    void deleteContact(UUID organizationId, UUID id) {
        jdbc.sql("delete from provider_contact where id = ? and organization_id = ?")
                .params(id, organizationId)
                .update();
    }
}
