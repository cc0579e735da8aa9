package io.mekiki.assessment.internal;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.provider.Attestation;
import io.mekiki.provider.AttestationKind;
import io.mekiki.provider.AttestationValidity;
import io.mekiki.provider.ServiceDetails;
import io.mekiki.provider.ServiceRecord;
import io.mekiki.provider.Subprocessor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The table of rules by which the service record settles check items of the bundled catalogue releases
 * (2026.1 and 2026.2), ADR 029. Each rule names the items it settles and the one fact it reads; it answers
 * a status and the fact as recorded, or nothing when the record does not settle the item (a fact not
 * recorded settles nothing: an empty field is not a "no"). Plain code, no Spring: {@code DerivationRulesTests}.
 */
public final class DerivationRules {

    /** Days of notice before a change of the service or its terms that meet MA-CHANGE-01. */
    static final int CHANGE_NOTICE_DAYS = 30;

    /** Days of notice before the provider ends the service that meet MA-END-01. */
    static final int TERMINATION_NOTICE_DAYS = 90;

    /** How old the end of an assurance report's period may be and still cover the period under review. */
    static final int REPORT_MONTHS = 12;

    private static final Pattern JAPAN = Pattern.compile("(japan|日本|東京|大阪|tokyo|osaka)", Pattern.CASE_INSENSITIVE);

    private static final String JP = "JP";

    private static final List<Rule> RULES = List.of(
            new Rule(Set.of("OS-LAW-01"), "governingLaw", DerivationRules::governingLaw),
            new Rule(Set.of("OS-JURIS-01"), "jurisdiction", DerivationRules::jurisdiction),
            new Rule(
                    Set.of("OS-REGION-01", "OS-CONFLICT-01", "EX-COUNTRY-01", "SEC-MED-02", "PD-SECTOR-MED-02"),
                    "dataLocations",
                    DerivationRules::dataOnlyInJapan),
            new Rule(Set.of("OS-SUPPORT-01"), "operationLocations", DerivationRules::operatedOnlyFromJapan),
            new Rule(Set.of("OS-ENTITY-01"), "contractingEntity", DerivationRules::contractingEntity),
            new Rule(Set.of("MA-DEL-01", "LC-APP-EXIT-02"), "deletionCertificate", DerivationRules::deletion),
            new Rule(Set.of("LC-APP-EXIT-01"), "exportFormats", DerivationRules::exportFormats),
            new Rule(
                    Set.of("MA-CHANGE-01"),
                    "changeNoticeDays",
                    record -> notice(record.details().changeNoticeDays(), CHANGE_NOTICE_DAYS)),
            new Rule(
                    Set.of("MA-END-01"),
                    "terminationNoticeDays",
                    record -> notice(record.details().terminationNoticeDays(), TERMINATION_NOTICE_DAYS)),
            new Rule(
                    Set.of("MA-INCIDENT-02", "PD-BREACH-01"),
                    "incidentNotification",
                    record -> stated(record.details().incidentNotification())),
            new Rule(Set.of("AS-AI-01", "PD-GENAI-01"), "trainsOnCustomerData", DerivationRules::training),
            new Rule(Set.of("MA-DATA-01"), "secondaryUse", DerivationRules::secondaryUse),
            new Rule(
                    Set.of("AS-AUDIT-01", "PD-ENTRUST-06", "TS-AUDIT-01"),
                    "auditCooperation",
                    record -> stated(record.details().auditCooperation())),
            new Rule(Set.of("AS-SUB-01"), "subprocessors", DerivationRules::subprocessors),
            new Rule(Set.of("MA-LIAB-02"), "availabilityPercent", DerivationRules::availability),
            new Rule(Set.of("EX-REACH-01", "EX-DEEMED-01"), "nonResidentAccess", DerivationRules::nonResidentAccess),
            new Rule(
                    Set.of("AS-ISMAP-01"),
                    "ismap",
                    record -> registration(record, Set.of(AttestationKind.ISMAP, AttestationKind.ISMAP_LIU))),
            new Rule(
                    Set.of("AS-ISMAP-02", "SEC-PUBLIC-01", "PD-SECTOR-PUBLIC-01"),
                    "ismap",
                    record -> registration(record, Set.of(AttestationKind.ISMAP))),
            new Rule(Set.of("AS-SOC-02"), "soc2Type2", record -> report(record, Set.of(AttestationKind.SOC2_TYPE2))),
            new Rule(
                    Set.of("AS-SOC-01", "IC-SOC1-01"),
                    "soc1Type2",
                    record -> report(record, Set.of(AttestationKind.SOC1_TYPE2, AttestationKind.JICPA_ASSURANCE))),
            new Rule(Set.of("AS-ISO-01"), "iso27001", DerivationRules::iso27001And27017),
            new Rule(
                    Set.of("AS-ISO-02"), "iso27018", record -> registration(record, Set.of(AttestationKind.ISO_27018))),
            new Rule(Set.of("AS-STAR-01"), "csaStar", record -> registration(record, Set.of(AttestationKind.CSA_STAR))),
            new Rule(
                    Set.of("AS-DISC-01"),
                    "aspicDisclosure",
                    record -> registration(record, Set.of(AttestationKind.ASPIC_DISCLOSURE))));

    /** The facts read from the provider's attestations, whose outcome changes as their periods end. */
    public static final Set<String> ATTESTATION_FACTS =
            Set.of("ismap", "soc2Type2", "soc1Type2", "iso27001", "iso27018", "csaStar", "aspicDisclosure");

    private DerivationRules() {}

    /** The items any rule can settle. */
    public static Set<String> items() {
        return RULES.stream().flatMap(rule -> rule.items().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The fact a rule reads for the item; empty when no rule settles it. */
    public static Optional<String> factOf(String itemId) {
        return RULES.stream()
                .filter(rule -> rule.items().contains(itemId))
                .map(Rule::fact)
                .findFirst();
    }

    /**
     * What the service record settles of these items (those that apply to the candidate), by item.
     *
     * @return for each item some rule settles, the status and the fact it rests on
     */
    public static Map<String, Derived> derive(ServiceRecord record, Iterable<String> itemIds) {
        Map<String, Derived> derived = new LinkedHashMap<>();
        for (String itemId : itemIds) {
            for (Rule rule : RULES) {
                if (rule.items().contains(itemId)) {
                    rule.settle()
                            .apply(record)
                            .map(outcome -> new Derived(outcome.status(), rule.fact(), outcome.value()))
                            .ifPresent(found -> derived.put(itemId, found));
                    break;
                }
            }
        }
        return derived;
    }

    private static Optional<Outcome> governingLaw(ServiceRecord record) {
        String law = record.details().governingLaw();
        if (law == null) {
            return Optional.empty();
        }
        // a foreign law leaves the negotiation and the Japanese laws that still apply to be recorded
        return Optional.of(new Outcome(japanese(law) ? AnswerStatus.MEETS : AnswerStatus.PARTLY, law));
    }

    private static Optional<Outcome> jurisdiction(ServiceRecord record) {
        String court = record.details().jurisdiction();
        if (court == null) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(japanese(court) ? AnswerStatus.MEETS : AnswerStatus.PARTLY, court));
    }

    private static Optional<Outcome> dataOnlyInJapan(ServiceRecord record) {
        List<String> locations = record.details().dataLocations();
        return onlyJapan(locations)
                ? Optional.of(new Outcome(AnswerStatus.MEETS, String.join(", ", locations)))
                : Optional.empty();
    }

    private static Optional<Outcome> operatedOnlyFromJapan(ServiceRecord record) {
        List<String> locations = record.details().operationLocations();
        return onlyJapan(locations)
                ? Optional.of(new Outcome(AnswerStatus.MEETS, String.join(", ", locations)))
                : Optional.empty();
    }

    private static Optional<Outcome> contractingEntity(ServiceRecord record) {
        ServiceDetails details = record.details();
        if (details.contractingEntityName() == null || details.contractingEntityCountry() == null) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(
                AnswerStatus.MEETS, details.contractingEntityName() + " (" + details.contractingEntityCountry() + ")"));
    }

    private static Optional<Outcome> deletion(ServiceRecord record) {
        ServiceDetails details = record.details();
        if (details.deletionCertificate()) {
            return Optional.of(new Outcome(
                    AnswerStatus.MEETS, details.deletionMethod() == null ? "✓" : "✓ " + details.deletionMethod()));
        }
        // a method without a certificate leaves the evidence of the deletion open
        return details.deletionMethod() == null
                ? Optional.empty()
                : Optional.of(new Outcome(AnswerStatus.PARTLY, "✗ " + details.deletionMethod()));
    }

    private static Optional<Outcome> exportFormats(ServiceRecord record) {
        List<String> formats = record.details().exportFormats();
        return formats.isEmpty()
                ? Optional.empty()
                : Optional.of(new Outcome(AnswerStatus.MEETS, String.join(", ", formats)));
    }

    private static Optional<Outcome> notice(@Nullable Integer days, int enough) {
        if (days == null) {
            return Optional.empty();
        }
        AnswerStatus status =
                days >= enough ? AnswerStatus.MEETS : days > 0 ? AnswerStatus.PARTLY : AnswerStatus.DOES_NOT_MEET;
        return Optional.of(new Outcome(status, Integer.toString(days)));
    }

    private static Optional<Outcome> stated(@Nullable String text) {
        return text == null ? Optional.empty() : Optional.of(new Outcome(AnswerStatus.MEETS, text));
    }

    private static Optional<Outcome> training(ServiceRecord record) {
        Boolean trains = record.details().trainsOnCustomerData();
        if (trains == null) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(trains ? AnswerStatus.DOES_NOT_MEET : AnswerStatus.MEETS, trains.toString()));
    }

    private static Optional<Outcome> secondaryUse(ServiceRecord record) {
        String use = record.details().secondaryUse();
        if (use == null) {
            return Optional.empty();
        }
        // training the provider's models on customer data is a secondary use the terms must settle
        boolean trains = Boolean.TRUE.equals(record.details().trainsOnCustomerData());
        return Optional.of(new Outcome(trains ? AnswerStatus.PARTLY : AnswerStatus.MEETS, use));
    }

    private static Optional<Outcome> subprocessors(ServiceRecord record) {
        List<Subprocessor> listed = record.subprocessors();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(
                AnswerStatus.MEETS,
                listed.stream()
                        .map(sub -> sub.details().name() + " (" + sub.details().country() + ")")
                        .sorted()
                        .collect(Collectors.joining(", "))));
    }

    private static Optional<Outcome> availability(ServiceRecord record) {
        BigDecimal percent = record.details().availabilityPercent();
        if (percent == null) {
            return Optional.empty();
        }
        String credits = record.details().serviceCredits();
        // the commitment without the credit procedure is half of the item
        return credits == null
                ? Optional.of(new Outcome(AnswerStatus.PARTLY, percent.toPlainString() + "%"))
                : Optional.of(new Outcome(AnswerStatus.MEETS, percent.toPlainString() + "% / " + credits));
    }

    private static Optional<Outcome> nonResidentAccess(ServiceRecord record) {
        Boolean access = record.details().nonResidentAccessValue();
        return Boolean.FALSE.equals(access) ? Optional.of(new Outcome(AnswerStatus.MEETS, "false")) : Optional.empty();
    }

    /**
     * A certification or registration of these kinds: one in force (valid, expiring or without an end)
     * meets the item; only expired ones do not meet it; none recorded settles nothing.
     */
    private static Optional<Outcome> registration(ServiceRecord record, Set<AttestationKind> kinds) {
        List<Attestation> found = ofKinds(record, kinds);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Attestation> inForce = found.stream()
                .filter(attestation -> inForce(attestation, record.today()))
                .max(byEnd());
        if (inForce.isPresent()) {
            return Optional.of(new Outcome(AnswerStatus.MEETS, described(inForce.get(), record.today())));
        }
        Attestation last = found.stream().max(byEnd()).orElseThrow();
        return Optional.of(new Outcome(AnswerStatus.DOES_NOT_MEET, described(last, record.today())));
    }

    /**
     * A type 2 assurance report: one whose period ended within {@value #REPORT_MONTHS} months covers the
     * period under review (meets); an older one needs a bridge letter or the next report (partly).
     */
    private static Optional<Outcome> report(ServiceRecord record, Set<AttestationKind> kinds) {
        List<Attestation> found = ofKinds(record, kinds);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Attestation newest = found.stream().max(byEnd()).orElseThrow();
        LocalDate end = newest.details().periodEnd();
        boolean covers = end == null || !end.isBefore(record.today().minusMonths(REPORT_MONTHS));
        return Optional.of(
                new Outcome(covers ? AnswerStatus.MEETS : AnswerStatus.PARTLY, described(newest, record.today())));
    }

    private static Optional<Outcome> iso27001And27017(ServiceRecord record) {
        Optional<Outcome> base = registration(record, Set.of(AttestationKind.ISO_27001));
        if (base.isEmpty() || base.get().status() != AnswerStatus.MEETS) {
            return base;
        }
        Optional<Outcome> cloud = registration(record, Set.of(AttestationKind.ISO_27017));
        if (cloud.isPresent() && cloud.get().status() == AnswerStatus.MEETS) {
            return Optional.of(new Outcome(
                    AnswerStatus.MEETS, base.get().value() + "; " + cloud.get().value()));
        }
        // 27001 without the cloud controls of 27017 covers part of the item
        return Optional.of(new Outcome(AnswerStatus.PARTLY, base.get().value()));
    }

    private static List<Attestation> ofKinds(ServiceRecord record, Set<AttestationKind> kinds) {
        return record.attestations().stream()
                .filter(attestation -> kinds.contains(attestation.details().kind()))
                .toList();
    }

    private static boolean inForce(Attestation attestation, LocalDate today) {
        return attestation.validity(today) != AttestationValidity.EXPIRED;
    }

    /** Latest end first; an attestation without an end counts as the latest. */
    private static Comparator<Attestation> byEnd() {
        return Comparator.comparing(
                (Attestation attestation) -> attestation.details().periodEnd(),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static String described(Attestation attestation, LocalDate today) {
        StringBuilder text = new StringBuilder(attestation.details().kind().name());
        if (attestation.details().title() != null) {
            text.append(' ').append(attestation.details().title());
        }
        LocalDate start = attestation.details().periodStart();
        LocalDate end = attestation.details().periodEnd();
        if (start != null || end != null) {
            text.append(' ')
                    .append(start == null ? "" : start.toString())
                    .append('–')
                    .append(end == null ? "" : end.toString());
        }
        text.append(" (").append(attestation.validity(today).name()).append(')');
        return text.toString();
    }

    private static boolean japanese(String text) {
        return JAPAN.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean onlyJapan(List<String> countries) {
        return !countries.isEmpty() && countries.stream().allMatch(JP::equals);
    }

    /** What a rule settles of an item: the status and the fact it cites (key and value as recorded). */
    public record Derived(AnswerStatus status, String fact, String value) {}

    private record Outcome(AnswerStatus status, String value) {}

    private record Rule(Set<String> items, String fact, Function<ServiceRecord, Optional<Outcome>> settle) {}
}
