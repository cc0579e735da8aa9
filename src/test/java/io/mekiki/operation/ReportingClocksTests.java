package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.catalog.ReportingRuleSets;
import io.mekiki.catalog.ReportingRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The reporting clocks, computed from the bundled rules data (ADR 036), never from rules written in code. */
class ReportingClocksTests {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2026-12-01 10:00 in Tokyo. */
    private static final Instant AWARE = Instant.parse("2026-12-01T01:00:00Z");

    private static final ReportingRules RULES = bundled("2026.1");

    @Test
    void aLeakOfSpecialCareDataOwesTheQuickReportWithinFiveDaysAndTheFinalWithinThirtyCountedFromTheDayOfAwareness() {
        IncidentClocks clocks = clocks(leak(Set.of(IncidentFact.SPECIAL_CARE_DATA), 12), null, AWARE.plusSeconds(3600));

        assertThat(ids(clocks)).containsExactly("APPI_BREACH/QUICK", "APPI_BREACH/FINAL");
        ReportingClock quick = clocks.clocks().get(0);
        assertThat(quick.dueDate()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(quick.deadline())
                .as("the end of the due day in Tokyo")
                .isEqualTo(Instant.parse("2026-12-06T15:00:00Z"));
        assertThat(quick.state()).isEqualTo(ReportingClock.State.RUNNING);
        assertThat(quick.left()).isEqualTo(Duration.between(AWARE.plusSeconds(3600), quick.deadline()));
        assertThat(quick.reasons()).containsExactly("fact:SPECIAL_CARE_DATA");
        assertThat(quick.contents()).isNotEmpty();
        ReportingClock last = clocks.clocks().get(1);
        assertThat(last.withinDays()).isEqualTo(30);
        assertThat(last.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(clocks.missingFacts()).isEmpty();
    }

    @Test
    void anUnauthorisedPurposeGivesTheFinalReportSixtyDays() {
        IncidentClocks clocks = clocks(leak(Set.of(IncidentFact.UNAUTHORISED_PURPOSE), 3), null, AWARE);

        ReportingClock last = clocks.clocks().stream()
                .filter(clock -> clock.reportId().equals("FINAL"))
                .findFirst()
                .orElseThrow();
        assertThat(last.withinDays()).isEqualTo(60);
        assertThat(last.dueDate()).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(clocks.clocks().get(0).dueDate())
                .as("the quick report keeps its days")
                .isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void theAppiRuleAppliesAboveAThousandPersonsOnlyAndNeverToEncryptedDataOrOtherIncidents() {
        assertThat(clocks(leak(Set.of(), 1000), null, AWARE).clocks())
                .as("a thousand persons and no other trigger")
                .isEmpty();
        IncidentClocks many = clocks(leak(Set.of(), 1001), null, AWARE);
        assertThat(ids(many)).containsExactly("APPI_BREACH/QUICK", "APPI_BREACH/FINAL");
        assertThat(many.clocks().get(0).reasons()).containsExactly("persons:1000");
        assertThat(clocks(
                                leak(Set.of(IncidentFact.SPECIAL_CARE_DATA, IncidentFact.ADVANCED_ENCRYPTION), 5000),
                                null,
                                AWARE)
                        .clocks())
                .as("data protected by advanced encryption")
                .isEmpty();
        assertThat(clocks(incident(IncidentType.OUTAGE, Set.of(IncidentFact.SPECIAL_CARE_DATA), 5000), null, AWARE)
                        .clocks())
                .as("an outage is no personal-data leak")
                .isEmpty();
    }

    @Test
    void aNumberOfPersonsNotKnownKeepsTheRuleAndIsListedAsMissing() {
        IncidentClocks clocks = clocks(leak(Set.of(), null), null, AWARE);

        assertThat(ids(clocks)).containsExactly("APPI_BREACH/QUICK", "APPI_BREACH/FINAL");
        assertThat(clocks.clocks().get(0).reasons()).containsExactly("personsNotKnown:1000");
        assertThat(clocks.missingFacts()).containsExactly(ReportingClocks.AFFECTED_PERSONS);
    }

    @Test
    void myNumberDataHasItsOwnLowerThreshold() {
        IncidentClocks hundredAndOne = clocks(leak(Set.of(IncidentFact.MY_NUMBER_DATA), 101), null, AWARE);
        assertThat(ids(hundredAndOne))
                .as("above My Number's hundred, below APPI's thousand")
                .containsExactly("MY_NUMBER_BREACH/QUICK", "MY_NUMBER_BREACH/FINAL");
        assertThat(hundredAndOne.clocks().get(0).reasons()).containsExactly("fact:MY_NUMBER_DATA", "persons:100");
        assertThat(hundredAndOne.clocks().get(0).confidence().name())
                .as("the My Number deadlines are not confirmed by research")
                .isEqualTo("UNCONFIRMED");

        assertThat(clocks(leak(Set.of(IncidentFact.MY_NUMBER_DATA), 100), null, AWARE)
                        .clocks())
                .isEmpty();
        assertThat(ids(clocks(
                        leak(Set.of(IncidentFact.MY_NUMBER_DATA, IncidentFact.PUBLICLY_VIEWABLE), 2), null, AWARE)))
                .containsExactly("MY_NUMBER_BREACH/QUICK", "MY_NUMBER_BREACH/FINAL");
        assertThat(clocks(leak(Set.of(IncidentFact.PUBLICLY_VIEWABLE), 2), null, AWARE)
                        .clocks())
                .as("viewable by anyone, but no My Number data and too few persons for APPI")
                .isEmpty();
    }

    @Test
    void theCyberDefenceReportIsForDesignatedOperatorsAndHasNoDeadlineTheResearchConfirmed() {
        Incident attack = incident(IncidentType.SECURITY_INCIDENT, Set.of(IncidentFact.UNAUTHORISED_ACCESS), null);

        IncidentClocks designated = clocks(attack, true, AWARE);
        assertThat(ids(designated)).containsExactly("CYBER_DEFENCE_INCIDENT/INCIDENT_REPORT");
        ReportingClock report = designated.clocks().get(0);
        assertThat(report.state()).isEqualTo(ReportingClock.State.NO_DEADLINE);
        assertThat(report.dueDate()).isNull();
        assertThat(report.reasons()).contains("organization:criticalInfrastructure", "fact:UNAUTHORISED_ACCESS");

        assertThat(clocks(attack, false, AWARE).clocks())
                .as("not a designated operator")
                .isEmpty();

        IncidentClocks notKnown = clocks(attack, null, AWARE);
        assertThat(ids(notKnown))
                .as("not known never narrows")
                .containsExactly("CYBER_DEFENCE_INCIDENT/INCIDENT_REPORT");
        assertThat(notKnown.clocks().get(0).reasons()).contains("organizationNotKnown:criticalInfrastructure");
        assertThat(notKnown.missingFacts()).containsExactly(ReportingClocks.CRITICAL_INFRASTRUCTURE);

        assertThat(clocks(incident(IncidentType.SECURITY_INCIDENT, Set.of(), null), true, AWARE)
                        .clocks())
                .as("no unauthorised access")
                .isEmpty();
    }

    @Test
    void theDayOfAwarenessIsTheOrganisationsDay() {
        // 16:30 UTC on 1 December is already 2 December in Tokyo
        Instant lateEvening = Instant.parse("2026-12-01T16:30:00Z");
        Incident leak = leak(Set.of(IncidentFact.SPECIAL_CARE_DATA), 1, lateEvening, List.of());

        ReportingClock tokyo = ReportingClocks.of(RULES, leak, null, TOKYO, lateEvening)
                .clocks()
                .get(0);
        ReportingClock london = ReportingClocks.of(RULES, leak, null, ZoneOffset.UTC, lateEvening)
                .clocks()
                .get(0);

        assertThat(tokyo.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(tokyo.deadline()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
        assertThat(london.dueDate()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(london.deadline()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    }

    @Test
    void aClockIsOverdueAfterItsDeadlineAndStopsWhenTheReportIsMarkedSent() {
        Incident open = leak(Set.of(IncidentFact.SPECIAL_CARE_DATA), 1);
        Instant deadline = Instant.parse("2026-12-06T15:00:00Z");

        assertThat(clocks(open, null, deadline.minusSeconds(1)).clocks().get(0).state())
                .isEqualTo(ReportingClock.State.RUNNING);
        ReportingClock overdue = clocks(open, null, deadline).clocks().get(0);
        assertThat(overdue.state()).isEqualTo(ReportingClock.State.OVERDUE);
        assertThat(overdue.left()).isZero();

        SentReport late = new SentReport(
                "APPI_BREACH",
                "QUICK",
                LocalDate.of(2026, 12, 8),
                "PPC-123",
                null,
                "Sato",
                deadline.plusSeconds(86400));
        IncidentClocks sent = clocks(
                leak(Set.of(IncidentFact.SPECIAL_CARE_DATA), 1, AWARE, List.of(late)),
                null,
                deadline.plusSeconds(90000));
        assertThat(sent.clocks().get(0).state()).isEqualTo(ReportingClock.State.SENT);
        assertThat(sent.clocks().get(0).sentLate()).isTrue();
        assertThat(sent.clocks().get(0).left()).isNull();
        assertThat(sent.missingReports()).extracting(ReportingClock::reportId).containsExactly("FINAL");
        assertThat(sent.overdue()).isFalse();
    }

    @Test
    void theDeadlinesComeFromTheRulesData() throws IOException {
        String changed = text("reporting-rules/2026.1.yaml")
                .replace("id: \"2026.1\"", "id: \"test.1\"")
                .replace("releases: [\"2026.1\", \"2026.2\"]", "releases: [\"test\"]")
                .replaceFirst("withinDays: 5", "withinDays: 7");
        ReportingRules rules = ReportingRuleSets.parse("test.yaml", changed);

        ReportingClock quick = ReportingClocks.of(
                        rules, leak(Set.of(IncidentFact.SPECIAL_CARE_DATA), 1), null, TOKYO, AWARE)
                .clocks()
                .get(0);
        assertThat(quick.withinDays()).isEqualTo(7);
        assertThat(quick.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void theFactsTheRulesKnowAreTheIncidentsFacts() {
        assertThat(ReportingRules.FACTS)
                .isEqualTo(Arrays.stream(IncidentFact.values()).map(Enum::name).collect(Collectors.toSet()));
        assertThat(ReportingRules.INCIDENT_TYPES)
                .isEqualTo(Arrays.stream(IncidentType.values()).map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void aRulesFileWithAnUnknownFactIsRefusedNamingWhere() throws IOException {
        String bad = text("reporting-rules/2026.1.yaml").replace("fact: PUBLICLY_VIEWABLE", "fact: VISIBLE");
        assertThatThrownBy(() -> ReportingRuleSets.parse("bad.yaml", bad))
                .hasMessageContaining("rules[1].appliesWhen.anyOf[1].fact: unknown fact VISIBLE");
    }

    private static IncidentClocks clocks(Incident incident, @Nullable Boolean criticalInfrastructure, Instant now) {
        return ReportingClocks.of(RULES, incident, criticalInfrastructure, TOKYO, now);
    }

    private static List<String> ids(IncidentClocks clocks) {
        return clocks.clocks().stream()
                .map(clock -> clock.ruleId() + "/" + clock.reportId())
                .toList();
    }

    private static Incident leak(Set<IncidentFact> facts, @Nullable Integer persons) {
        return leak(facts, persons, AWARE, List.of());
    }

    private static Incident leak(
            Set<IncidentFact> facts, @Nullable Integer persons, Instant aware, List<SentReport> sent) {
        return incident(IncidentType.PERSONAL_DATA_LEAK, facts, persons, aware, sent);
    }

    private static Incident incident(IncidentType type, Set<IncidentFact> facts, @Nullable Integer persons) {
        return incident(type, facts, persons, AWARE, List.of());
    }

    private static Incident incident(
            IncidentType type,
            Set<IncidentFact> facts,
            @Nullable Integer persons,
            Instant aware,
            List<SentReport> sent) {
        return new Incident(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                1,
                type,
                IncidentSeverity.HIGH,
                "test",
                aware.minusSeconds(7200),
                null,
                aware,
                "",
                List.of(),
                "",
                facts.isEmpty() ? EnumSet.noneOf(IncidentFact.class) : EnumSet.copyOf(facts),
                persons,
                IncidentStatus.OPEN,
                null,
                null,
                RULES.id(),
                null,
                "Sato",
                aware,
                aware,
                1,
                sent);
    }

    private static ReportingRules bundled(String id) {
        try {
            return ReportingRuleSets.parse(id + ".yaml", text("reporting-rules/" + id + ".yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ReportingClocksTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
