package io.mekiki.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.internal.DerivationRules.Derived;
import io.mekiki.provider.Attestation;
import io.mekiki.provider.AttestationDetails;
import io.mekiki.provider.AttestationKind;
import io.mekiki.provider.CloudService;
import io.mekiki.provider.ServiceDetails;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.provider.ServiceRecord;
import io.mekiki.provider.Subprocessor;
import io.mekiki.provider.SubprocessorDetails;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The derivation rule table (ADR 029): which fact of the service record settles which item, and how. */
class DerivationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final UUID PROVIDER = UUID.randomUUID();

    @Test
    void everyRuleNamesItemsOfTheBundledReleases() throws IOException {
        Set<String> bundled = new HashSet<>();
        Pattern id = Pattern.compile("^  - id: (\\S+)$", Pattern.MULTILINE);
        for (String release : List.of("2026.1", "2026.2")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalog", release))) {
                for (Path file : files.filter(
                                path -> path.getFileName().toString().startsWith("items-"))
                        .toList()) {
                    Matcher matcher = id.matcher(Files.readString(file));
                    while (matcher.find()) {
                        bundled.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(bundled).hasSizeGreaterThan(150);
        assertThat(bundled).containsAll(DerivationRules.items());
        assertThat(DerivationRules.items())
                .contains(
                        "OS-LAW-01",
                        "OS-JURIS-01",
                        "OS-REGION-01",
                        "MA-DEL-01",
                        "AS-ISMAP-01",
                        "AS-SOC-02",
                        "LC-APP-EXIT-01",
                        "MA-CHANGE-01",
                        "MA-END-01",
                        "MA-INCIDENT-02",
                        "MA-DATA-01",
                        "AS-AI-01",
                        "AS-AUDIT-01",
                        "AS-SUB-01");
    }

    @Test
    void aRecordWithNothingKnownSettlesNothing() {
        assertThat(DerivationRules.derive(record(new Details()), DerivationRules.items()))
                .isEmpty();
    }

    @Test
    void onlyTheItemsAskedForAreDerived() {
        Details details = new Details();
        details.governingLaw = "日本法";
        details.jurisdiction = "東京地方裁判所";
        assertThat(DerivationRules.derive(record(details), List.of("OS-JURIS-01", "LC-PREP-ASSET-01")))
                .containsOnlyKeys("OS-JURIS-01");
    }

    @Test
    void japaneseGoverningLawAndCourtMeetForeignOnesMeetInPart() {
        Details japanese = new Details();
        japanese.governingLaw = "日本法";
        japanese.jurisdiction = "Tokyo District Court";
        Map<String, Derived> derived = DerivationRules.derive(record(japanese), List.of("OS-LAW-01", "OS-JURIS-01"));
        assertThat(derived.get("OS-LAW-01")).isEqualTo(new Derived(AnswerStatus.MEETS, "governingLaw", "日本法"));
        assertThat(derived.get("OS-JURIS-01"))
                .isEqualTo(new Derived(AnswerStatus.MEETS, "jurisdiction", "Tokyo District Court"));

        Details foreign = new Details();
        foreign.governingLaw = "State of Washington, USA";
        foreign.jurisdiction = "King County courts";
        Map<String, Derived> abroad = DerivationRules.derive(record(foreign), List.of("OS-LAW-01", "OS-JURIS-01"));
        assertThat(abroad.get("OS-LAW-01").status()).isEqualTo(AnswerStatus.PARTLY);
        assertThat(abroad.get("OS-LAW-01").value()).isEqualTo("State of Washington, USA");
        assertThat(abroad.get("OS-JURIS-01").status()).isEqualTo(AnswerStatus.PARTLY);
    }

    @Test
    void dataOnlyInJapanMeetsTheLocationItemsDataAbroadSettlesNone() {
        Details domestic = new Details();
        domestic.dataLocations = List.of("JP");
        domestic.operationLocations = List.of("JP");
        List<String> items = List.of("OS-REGION-01", "OS-CONFLICT-01", "EX-COUNTRY-01", "OS-SUPPORT-01");
        Map<String, Derived> derived = DerivationRules.derive(record(domestic), items);
        assertThat(derived).containsOnlyKeys(items);
        assertThat(derived.get("OS-REGION-01")).isEqualTo(new Derived(AnswerStatus.MEETS, "dataLocations", "JP"));
        assertThat(derived.get("OS-SUPPORT-01").fact()).isEqualTo("operationLocations");

        Details abroad = new Details();
        abroad.dataLocations = List.of("JP", "US");
        abroad.operationLocations = List.of("JP", "IN");
        assertThat(DerivationRules.derive(record(abroad), items)).isEmpty();
    }

    @Test
    void aDeletionCertificateMeetsAMethodWithoutOneMeetsInPart() {
        Details certified = new Details();
        certified.deletionCertificate = true;
        certified.deletionMethod = "NIST 800-88";
        assertThat(DerivationRules.derive(record(certified), List.of("MA-DEL-01"))
                        .get("MA-DEL-01"))
                .isEqualTo(new Derived(AnswerStatus.MEETS, "deletionCertificate", "✓ NIST 800-88"));
        Details methodOnly = new Details();
        methodOnly.deletionMethod = "30日後に削除";
        assertThat(DerivationRules.derive(record(methodOnly), List.of("MA-DEL-01"))
                        .get("MA-DEL-01")
                        .status())
                .isEqualTo(AnswerStatus.PARTLY);
    }

    @Test
    void noticePeriodsAreMeasuredAgainstTheirThresholds() {
        assertThat(notice(30, 90)).containsExactly(AnswerStatus.MEETS, AnswerStatus.MEETS);
        assertThat(notice(29, 89)).containsExactly(AnswerStatus.PARTLY, AnswerStatus.PARTLY);
        assertThat(notice(0, 0)).containsExactly(AnswerStatus.DOES_NOT_MEET, AnswerStatus.DOES_NOT_MEET);
    }

    @Test
    void statementsOfTheTermsAreCitedTrainingOnCustomerDataDoesNotMeet() {
        Details details = new Details();
        details.incidentNotification = "24時間以内に通知";
        details.auditCooperation = "SOC 2 報告書を提供";
        details.secondaryUse = "統計として利用";
        details.exportFormats = List.of("CSV", "JSON");
        details.trainsOnCustomerData = true;
        Map<String, Derived> derived = DerivationRules.derive(
                record(details),
                List.of("MA-INCIDENT-02", "AS-AUDIT-01", "MA-DATA-01", "LC-APP-EXIT-01", "AS-AI-01", "PD-GENAI-01"));
        assertThat(derived.get("MA-INCIDENT-02"))
                .isEqualTo(new Derived(AnswerStatus.MEETS, "incidentNotification", "24時間以内に通知"));
        assertThat(derived.get("AS-AUDIT-01").fact()).isEqualTo("auditCooperation");
        assertThat(derived.get("LC-APP-EXIT-01"))
                .isEqualTo(new Derived(AnswerStatus.MEETS, "exportFormats", "CSV, JSON"));
        assertThat(derived.get("AS-AI-01").status()).isEqualTo(AnswerStatus.DOES_NOT_MEET);
        assertThat(derived.get("PD-GENAI-01").status()).isEqualTo(AnswerStatus.DOES_NOT_MEET);
        assertThat(derived.get("MA-DATA-01").status())
                .as("training is a secondary use the terms must settle")
                .isEqualTo(AnswerStatus.PARTLY);

        details.trainsOnCustomerData = false;
        Map<String, Derived> noTraining = DerivationRules.derive(record(details), List.of("AS-AI-01", "MA-DATA-01"));
        assertThat(noTraining.get("AS-AI-01"))
                .isEqualTo(new Derived(AnswerStatus.MEETS, "trainsOnCustomerData", "false"));
        assertThat(noTraining.get("MA-DATA-01").status()).isEqualTo(AnswerStatus.MEETS);
    }

    @Test
    void ismapInForceMeetsExpiredDoesNotLiuCountsOnlyForTheGeneralListing() {
        Details details = new Details();
        List<String> items = List.of("AS-ISMAP-01", "AS-ISMAP-02", "SEC-PUBLIC-01");
        assertThat(DerivationRules.derive(
                        record(
                                details,
                                List.of(attestation(AttestationKind.ISMAP, TODAY.minusYears(1), TODAY.plusDays(30)))),
                        items))
                .allSatisfy((item, derived) -> {
                    assertThat(derived.status()).isEqualTo(AnswerStatus.MEETS);
                    assertThat(derived.fact()).isEqualTo("ismap");
                    assertThat(derived.value())
                            .contains("ISMAP")
                            .contains(TODAY.plusDays(30).toString())
                            .contains("EXPIRING");
                })
                .hasSize(3);
        Map<String, Derived> expired = DerivationRules.derive(
                record(details, List.of(attestation(AttestationKind.ISMAP, TODAY.minusYears(2), TODAY.minusDays(1)))),
                items);
        assertThat(expired.get("AS-ISMAP-01").status()).isEqualTo(AnswerStatus.DOES_NOT_MEET);
        assertThat(expired.get("AS-ISMAP-01").value()).contains("EXPIRED");
        Map<String, Derived> liu = DerivationRules.derive(
                record(
                        details,
                        List.of(attestation(AttestationKind.ISMAP_LIU, TODAY.minusYears(1), TODAY.plusYears(1)))),
                items);
        assertThat(liu).containsOnlyKeys("AS-ISMAP-01");
        Map<String, Derived> renewed = DerivationRules.derive(
                record(
                        details,
                        List.of(
                                attestation(AttestationKind.ISMAP, TODAY.minusYears(3), TODAY.minusYears(1)),
                                attestation(AttestationKind.ISMAP, TODAY.minusYears(1), TODAY.plusYears(1)))),
                items);
        assertThat(renewed.get("AS-ISMAP-01").status())
                .as("a renewal in force wins over the expired registration")
                .isEqualTo(AnswerStatus.MEETS);
    }

    @Test
    void aSoc2TypeTwoReportCoversThePeriodWhenItEndedWithinAYear() {
        List<String> items = List.of("AS-SOC-02");
        assertThat(DerivationRules.derive(
                                record(
                                        new Details(),
                                        List.of(attestation(
                                                AttestationKind.SOC2_TYPE2,
                                                TODAY.minusMonths(14),
                                                TODAY.minusMonths(2)))),
                                items)
                        .get("AS-SOC-02"))
                .extracting(Derived::status, Derived::fact)
                .containsExactly(AnswerStatus.MEETS, "soc2Type2");
        assertThat(DerivationRules.derive(
                                record(
                                        new Details(),
                                        List.of(attestation(
                                                AttestationKind.SOC2_TYPE2,
                                                TODAY.minusMonths(26),
                                                TODAY.minusMonths(14)))),
                                items)
                        .get("AS-SOC-02")
                        .status())
                .as("an old report needs a bridge letter or the next one")
                .isEqualTo(AnswerStatus.PARTLY);
        assertThat(DerivationRules.derive(
                        record(
                                new Details(),
                                List.of(attestation(
                                        AttestationKind.SOC2_TYPE1, TODAY.minusMonths(2), TODAY.minusMonths(2)))),
                        items))
                .as("a type 1 report says nothing of operating effectiveness")
                .isEmpty();
    }

    @Test
    void iso27001Without27017MeetsInPart() {
        Attestation base = attestation(AttestationKind.ISO_27001, TODAY.minusYears(1), TODAY.plusYears(2));
        Attestation cloud = attestation(AttestationKind.ISO_27017, TODAY.minusYears(1), TODAY.plusYears(2));
        assertThat(DerivationRules.derive(record(new Details(), List.of(base)), List.of("AS-ISO-01"))
                        .get("AS-ISO-01")
                        .status())
                .isEqualTo(AnswerStatus.PARTLY);
        assertThat(DerivationRules.derive(record(new Details(), List.of(base, cloud)), List.of("AS-ISO-01"))
                        .get("AS-ISO-01")
                        .status())
                .isEqualTo(AnswerStatus.MEETS);
    }

    @Test
    void subprocessorsSlaContractingEntityAndNonResidentAccess() {
        Details details = new Details();
        details.availabilityPercent = new BigDecimal("99.9");
        details.contractingEntityName = "Example K.K.";
        details.contractingEntityCountry = "JP";
        details.nonResidentAccess = Tristate.NO;
        ServiceRecord record = new ServiceRecord(
                service(details),
                facts(details),
                List.of(),
                List.of(new Subprocessor(
                        UUID.randomUUID(), PROVIDER, new SubprocessorDetails("DC株式会社", "JP", "hosting"))),
                TODAY);
        Map<String, Derived> derived =
                DerivationRules.derive(record, List.of("AS-SUB-01", "MA-LIAB-02", "OS-ENTITY-01", "EX-DEEMED-01"));
        assertThat(derived.get("AS-SUB-01")).isEqualTo(new Derived(AnswerStatus.MEETS, "subprocessors", "DC株式会社 (JP)"));
        assertThat(derived.get("MA-LIAB-02").status())
                .as("availability without the credit procedure")
                .isEqualTo(AnswerStatus.PARTLY);
        assertThat(derived.get("OS-ENTITY-01").value()).isEqualTo("Example K.K. (JP)");
        assertThat(derived.get("EX-DEEMED-01").status()).isEqualTo(AnswerStatus.MEETS);
    }

    @Test
    void everyFactOfTheTableHasItsWordsInBothLanguages() throws IOException {
        String japanese = Files.readString(Path.of("src/main/resources/messages/messages.properties"));
        String english = Files.readString(Path.of("src/main/resources/messages/messages_en.properties"));
        List<String> missing = new ArrayList<>();
        for (String item : DerivationRules.items()) {
            String key = "assessment.fact." + DerivationRules.factOf(item).orElseThrow() + "=";
            if (!japanese.contains("\n" + key) || !english.contains("\n" + key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<AnswerStatus> notice(int change, int termination) {
        Details details = new Details();
        details.changeNoticeDays = change;
        details.terminationNoticeDays = termination;
        Map<String, Derived> derived = DerivationRules.derive(record(details), List.of("MA-CHANGE-01", "MA-END-01"));
        return List.of(
                derived.get("MA-CHANGE-01").status(), derived.get("MA-END-01").status());
    }

    private static Attestation attestation(AttestationKind kind, LocalDate start, LocalDate end) {
        return new Attestation(
                UUID.randomUUID(),
                PROVIDER,
                new AttestationDetails(kind, null, null, null, start, end),
                null,
                Instant.EPOCH);
    }

    private static ServiceRecord record(Details details) {
        return record(details, List.of());
    }

    private static ServiceRecord record(Details details, List<Attestation> attestations) {
        return new ServiceRecord(service(details), facts(details), attestations, List.of(), TODAY);
    }

    private static CloudService service(Details details) {
        return new CloudService(UUID.randomUUID(), details.build(), "Provider", Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static ServiceFacts facts(Details details) {
        return new ServiceFacts(
                UUID.randomUUID(),
                "Service",
                ServiceModel.SAAS,
                PROVIDER,
                "Provider",
                "JP",
                null,
                null,
                details.contractingEntityName,
                details.contractingEntityCountry,
                details.dataLocations,
                false,
                details.operationLocations,
                List.of());
    }

    /** A service's details, nothing known unless set. */
    private static final class Details {
        List<String> dataLocations = List.of();
        List<String> operationLocations = List.of();

        @Nullable
        String contractingEntityName;

        @Nullable
        String contractingEntityCountry;

        @Nullable
        String governingLaw;

        @Nullable
        String jurisdiction;

        @Nullable
        BigDecimal availabilityPercent;

        List<String> exportFormats = List.of();

        @Nullable
        String deletionMethod;

        boolean deletionCertificate;

        @Nullable
        Integer changeNoticeDays;

        @Nullable
        Integer terminationNoticeDays;

        @Nullable
        String secondaryUse;

        @Nullable
        String incidentNotification;

        @Nullable
        String auditCooperation;

        @Nullable
        Boolean trainsOnCustomerData;

        @Nullable
        Tristate nonResidentAccess;

        ServiceDetails build() {
            return new ServiceDetails(
                    PROVIDER,
                    "Service",
                    ServiceModel.SAAS,
                    null,
                    dataLocations,
                    false,
                    operationLocations,
                    contractingEntityName,
                    contractingEntityCountry,
                    governingLaw,
                    jurisdiction,
                    availabilityPercent,
                    null,
                    null,
                    exportFormats,
                    deletionMethod,
                    deletionCertificate,
                    changeNoticeDays,
                    terminationNoticeDays,
                    secondaryUse,
                    incidentNotification,
                    auditCooperation,
                    null,
                    trainsOnCustomerData,
                    nonResidentAccess);
        }
    }
}
