package io.mekiki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.MekikiApplication;
import io.mekiki.PageClient;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.ChainVerification;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo profile on a fresh data directory, started twice as an operator would: the first start
 * seeds the demo organisation through the services and prints a generated password once; the second
 * seeds nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("shown only now\\): ([a-z2-9-]+)");
    private static final List<String> TABLES = List.of(
            "identity_organization",
            "identity_user_account",
            "profile_organization_profile",
            "assets_asset",
            "initiative_initiative",
            "initiative_measurement",
            "decision_decision",
            "instruction_instruction",
            "instruction_report",
            "selection_candidate",
            "assessment_answer",
            "assessment_finding",
            "selection_chosen_candidate",
            "audit_entry");

    @Test
    void theFirstStartSeedsTheDemoOrganisationThroughTheServicesAndTheSecondSeedsNothing(CapturedOutput output) {
        Path dataDirectory = ApplicationTest.temporaryDirectory("mekiki-demo-");
        String password;
        Map<String, Long> seeded;

        try (ConfigurableApplicationContext demo = start(dataDirectory)) {
            JdbcClient jdbc = demo.getBean(JdbcClient.class);
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the generated password in the log").isTrue();
            password = printed.group(1);
            assertThat(printed.find()).as("printed once").isFalse();

            UUID organization = jdbc.sql("select id from identity_organization where name = ?")
                    .param(DemoStory.ORGANIZATION)
                    .query(UUID.class)
                    .single();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            demo.getBean(Members.class).active(organization).forEach(member -> roles.addAll(member.roles()));
            assertThat(roles).containsExactlyInAnyOrder(Role.values());

            assertThat(jdbc.sql("select phase from initiative_initiative where organization_id = ?")
                            .param(organization)
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrder("PREPARATION", "SELECTION", "OPERATION", "CLOSED");
            // an auditor reads every entry of the demo's ledger as a sentence with a named action, in both languages
            List<String> actions = jdbc.sql("select distinct action from audit_entry where organization_id = ?")
                    .param(organization)
                    .query(String.class)
                    .list();
            MessageSource messages = demo.getBean(MessageSource.class);
            for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                assertThat(actions)
                        .as("ledger actions without a label in " + language)
                        .filteredOn(
                                action -> messages.getMessage("audit.action." + action, null, null, language) == null)
                        .isEmpty();
            }
            assertThat(jdbc.sql("select count(*) from assets_asset where organization_id = ?")
                            .param(organization)
                            .query(Long.class)
                            .single())
                    .isBetween(5L, 6L);
            assertThat(jdbc.sql("select count(*) from initiative_measurement")
                            .query(Long.class)
                            .single())
                    .as("KPI measurements of the initiative in operation")
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from instruction_instruction where status = 'OPEN'")
                            .query(Long.class)
                            .single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from decision_decision d where d.decided_by is not null and not exists"
                                    + " (select 1 from identity_user_role r where r.user_id = d.decided_by"
                                    + " and r.role = 'EXECUTIVE')")
                            .query(Long.class)
                            .single())
                    .as("only executives decide")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from decision_decision where stale_since is not null")
                            .query(Long.class)
                            .single())
                    .as("approvals whose basis changed since")
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from decision_decision where decided_by = requested_by")
                            .query(Long.class)
                            .single())
                    .as("nobody decides their own request")
                    .isZero();

            assertThat(jdbc.sql("""
                                    select i.phase || ':' || c.service_name from selection_candidate c
                                    join initiative_initiative i on i.id = c.initiative_id
                                    where c.organization_id = ? and c.withdrawn_at is null and i.phase = 'SELECTION'""").param(organization).query(String.class).list())
                    .as("the initiative in selection compares the Japanese and the US service")
                    .hasSize(2);
            assertThat(jdbc.sql("""
                                    select count(*) from selection_candidate c join initiative_initiative i
                                    on i.id = c.initiative_id where i.phase = 'SELECTION'
                                    and c.organization_id = ? and c.scoping like '%"sections":%"OVERSEAS"%'""").param(organization).query(Long.class).single())
                    .as("the US service brings the overseas section")
                    .isEqualTo(1L);

            // --- i11-answers ---
            assertThat(jdbc.sql("""
                                    select count(*) filter (where a.confirmed_at is not null) || ':'
                                        || count(*) filter (where a.confirmed_at is null)
                                    from assessment_answer a join assessment s on s.id = a.assessment_id
                                    join initiative_initiative i on i.id = s.initiative_id
                                    where s.organization_id = ? and a.source = 'DERIVED' and i.phase = 'SELECTION'""").param(organization).query(String.class).single())
                    .as("the candidates in selection carry derived answers, some confirmed and some waiting")
                    .matches("[1-9][0-9]*:[1-9][0-9]*");

            // --- i12-contingency ---
            assertThat(jdbc.sql("select count(distinct date_trunc('month', measured_on)) from sla_measurement"
                                    + " where organization_id = ?")
                            .param(organization)
                            .query(Long.class)
                            .single())
                    .as("three months of SLA measurements")
                    .isEqualTo(3L);
            assertThat(jdbc.sql("select count(*) from sla_breach where organization_id = ?")
                            .param(organization)
                            .query(Long.class)
                            .single())
                    .as("one month missed its target")
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from operation_finding where organization_id = ?"
                                    + " and source = 'SLA_BREACH' and root_cause <> '' and countermeasure <> ''")
                            .param(organization)
                            .query(Long.class)
                            .single())
                    .as("the breach's finding with its root cause and countermeasure")
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from operation_incident where organization_id = ?"
                                    + " and status = 'CLOSED'")
                            .param(organization)
                            .query(Long.class)
                            .single())
                    .as("a closed incident")
                    .isEqualTo(1L);

            ChainVerification ledger = demo.getBean(AuditLedger.class).verify(organization);
            assertThat(ledger.valid()).isTrue();
            assertThat(ledger.entries()).as("the story is in the ledger").isGreaterThan(50);
            assertThat(jdbc.sql("select distinct action from audit_entry where organization_id = ?")
                            .param(organization)
                            .query(String.class)
                            .list())
                    .contains(
                            "identity.organization.created",
                            "initiative.initiative.created",
                            "initiative.phase.moved",
                            "initiative.kpi.measured");

            PageClient executive = new PageClient(port(demo)).signedInAs(DemoStory.EXECUTIVE_EMAIL, password);
            HttpResponse<String> home = executive.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("デモ株式会社", "社内規程の見直し結果の確認", "顧客管理のSaaS化");
            for (String title : List.of("顧客管理のSaaS化%", "設計データ共有基盤の選定%")) {
                UUID initiative = jdbc.sql(
                                "select id from initiative_initiative where organization_id = ? and title like ?")
                        .params(organization, title)
                        .query(UUID.class)
                        .single();
                String page = executive.get("/initiatives/" + initiative).body();
                assertThat(page)
                        .as("the gates of %s rest on reports, some accepted and some not", title)
                        .contains("data-condition=\"REPORT_ACCEPTED\"", "class=\"met\"", "class=\"unmet\"");
            }
            seeded = counts(jdbc);
        }

        int before = output.getOut().length();
        try (ConfigurableApplicationContext again = start(dataDirectory)) {
            assertThat(counts(again.getBean(JdbcClient.class))).isEqualTo(seeded);
            String log = output.getOut().substring(before);
            assertThat(log).contains("Demo data already present").doesNotContain(password);
            new PageClient(port(again)).signedInAs(DemoStory.RISK_OFFICER_EMAIL, password);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        // command-line arguments, as defaults would lose against application.yaml
        return new SpringApplicationBuilder(MekikiApplication.class)
                .run("--mekiki.data-dir=" + dataDirectory, "--server.port=0", "--spring.profiles.active=demo");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
