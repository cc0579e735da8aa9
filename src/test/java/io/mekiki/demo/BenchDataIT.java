package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.MekikiApplication;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.ChainVerification;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bench data profile at a small scale (the volumes are properties): the promised counts, the ledger spread
 * over the years and verifying in the application and in the offline verifier, and a second start that adds
 * nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class BenchDataIT {

    private static final int INITIATIVES = 12;
    private static final int CANDIDATES = 3;
    private static final int YEARS = 5;

    @Test
    void generatesThePromisedVolumesWithAVerifyingLedgerOverTheYearsAndOnlyOnce(CapturedOutput output)
            throws Exception {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-bench-");
        Map<String, Long> made;
        try (ConfigurableApplicationContext bench = start(dataDirectory)) {
            JdbcClient jdbc = bench.getBean(JdbcClient.class);
            UUID organization = jdbc.sql("select id from identity_organization where name = ?")
                    .param(BenchStory.ORGANIZATION)
                    .query(UUID.class)
                    .single();
            assertThat(count(
                            jdbc, "select count(*) from initiative_initiative where organization_id = ?", organization))
                    .isEqualTo(INITIATIVES);
            assertThat(jdbc.sql("select count(distinct phase) from initiative_initiative where organization_id = ?")
                            .param(organization)
                            .query(Long.class)
                            .single())
                    .as("initiatives in various phases")
                    .isGreaterThanOrEqualTo(3);

            UUID compared = jdbc.sql("select id from initiative_initiative where organization_id = ? and title = ?")
                    .params(organization, BenchStory.COMPARED)
                    .query(UUID.class)
                    .single();
            assertThat(jdbc.sql("select phase from initiative_initiative where id = ?")
                            .param(compared)
                            .query(String.class)
                            .single())
                    .isEqualTo("SELECTION");
            List<String> scopings = jdbc.sql(
                            "select scoping from selection_candidate where initiative_id = ? and withdrawn_at is null")
                    .param(compared)
                    .query(String.class)
                    .list();
            assertThat(scopings).hasSize(CANDIDATES);
            assertThat(jdbc.sql(
                                    "select count(distinct c.service_id) from selection_candidate c where initiative_id = ?")
                            .param(compared)
                            .query(Long.class)
                            .single())
                    .isEqualTo(CANDIDATES);
            long applicable = scopings.stream()
                    .mapToLong(scoping -> io.mekiki.initiative.ScopingSnapshot.fromJson(scoping)
                            .itemIds()
                            .size())
                    .sum();
            long answers = count(
                    jdbc,
                    "select count(*) from assessment_answer a join assessment s on s.id = a.assessment_id"
                            + " where s.initiative_id = ?",
                    compared);
            assertThat(answers)
                    .as("every applicable item of every candidate answered")
                    .isEqualTo(applicable);
            assertThat(applicable / CANDIDATES).as("items per candidate").isGreaterThan(100);
            assertThat(jdbc.sql("""
                                    select count(distinct a.status) from assessment_answer a
                                    join assessment s on s.id = a.assessment_id where s.initiative_id = ?""").param(compared).query(Long.class).single())
                    .as("varied statuses")
                    .isEqualTo(5);

            AuditLedger ledger = bench.getBean(AuditLedger.class);
            ChainVerification verification = ledger.verify(organization);
            assertThat(verification.valid()).as(verification.toString()).isTrue();
            Instant first = jdbc.sql("select min(recorded_at) from audit_entry where organization_id = ?")
                    .param(organization)
                    .query(OffsetDateTime.class)
                    .single()
                    .toInstant();
            Instant last = jdbc.sql("select max(recorded_at) from audit_entry where organization_id = ?")
                    .param(organization)
                    .query(OffsetDateTime.class)
                    .single()
                    .toInstant();
            Instant fiveYearsAgo =
                    OffsetDateTime.now(ZoneOffset.UTC).minusYears(YEARS).toInstant();
            assertThat(first).isBetween(fiveYearsAgo.minusSeconds(3600), fiveYearsAgo.plusSeconds(86_400));
            assertThat(last).isBefore(Instant.now());
            assertThat(jdbc.sql("""
                                    select count(*) from audit_entry a join audit_entry b
                                    on b.organization_id = a.organization_id and b.sequence = a.sequence + 1
                                    where a.organization_id = ? and b.recorded_at < a.recorded_at""").param(organization).query(Long.class).single())
                    .as("the ledger's times only move forward")
                    .isZero();
            assertThat(jdbc.sql("""
                                    select count(distinct extract(year from recorded_at)) from audit_entry
                                    where organization_id = ?""").param(organization).query(Long.class).single())
                    .as("entries in every year")
                    .isGreaterThanOrEqualTo(YEARS);

            Path export = dataDirectory.resolve("ledger.jsonl");
            try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
                ledger.export(organization, out);
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    Path.of("tools", "VerifyLedger.java").toString(),
                    export.toString()));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String verified = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(verified).isZero();

            assertThat(output.getOut()).containsPattern("Bench data generated in [0-9.]+ s");
            made = counts(jdbc);
        }

        try (ConfigurableApplicationContext again = start(dataDirectory)) {
            assertThat(counts(again.getBean(JdbcClient.class))).isEqualTo(made);
            assertThat(output.getOut()).contains("Bench data already present");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(MekikiApplication.class)
                .run(
                        "--mekiki.data-dir=" + dataDirectory,
                        "--server.port=0",
                        "--spring.profiles.active=benchdata",
                        "--mekiki.benchdata.initiatives=" + INITIATIVES,
                        "--mekiki.benchdata.candidates=" + CANDIDATES,
                        "--mekiki.benchdata.years=" + YEARS,
                        "--mekiki.benchdata.password=bench-test-password-1");
    }

    private static long count(JdbcClient jdbc, String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of(
                "identity_user_account",
                "initiative_initiative",
                "decision_decision",
                "selection_candidate",
                "assessment_answer",
                "audit_entry")) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
