package io.mekiki.catalog;

import io.mekiki.shared.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of incident reporting rules (ADR 036): which incidents must be reported to whom, by when and
 * with what, as data that ships beside the catalogue releases it accompanies. Immutable once bundled.
 *
 * @param id the rule set's id, e.g. {@code 2026.1}; incidents keep the id their clocks were computed with
 * @param releases the catalogue releases these rules accompany
 */
public record ReportingRules(
        String id, LocalDate publishedOn, LocalizedText title, List<String> releases, List<Rule> rules) {

    /** The incident facts a rule may test (yes / no on the incident). */
    public static final Set<String> FACTS = Set.of(
            "SPECIAL_CARE_DATA",
            "FINANCIAL_DAMAGE_RISK",
            "UNAUTHORISED_PURPOSE",
            "MY_NUMBER_DATA",
            "PUBLICLY_VIEWABLE",
            "ADVANCED_ENCRYPTION",
            "UNAUTHORISED_ACCESS");

    /** The incident types a rule may name. */
    public static final Set<String> INCIDENT_TYPES = Set.of(
            "OUTAGE",
            "SECURITY_INCIDENT",
            "PERSONAL_DATA_LEAK",
            "SERVICE_CHANGE",
            "FOREIGN_AUTHORITY_ORDER",
            "PROVIDER_BUSINESS_EVENT");

    public ReportingRules {
        releases = List.copyOf(releases);
        rules = List.copyOf(rules);
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    /**
     * One reporting duty.
     *
     * @param authority to whom the reports go
     * @param basis the law and articles, as a citation
     */
    public record Rule(
            String id,
            LocalizedText name,
            LocalizedText authority,
            LocalizedText basis,
            Confidence confidence,
            AppliesWhen appliesWhen,
            List<Report> reports) {

        public Rule {
            reports = List.copyOf(reports);
        }
    }

    /**
     * When a rule applies: the incident's type is one of {@code incidentTypes}; every fact of {@code allOf}
     * holds; at least one trigger of {@code anyOf} holds (none listed: no trigger needed); no fact of {@code
     * unless} holds; and the organisation's facts hold ({@code criticalInfrastructure}: true, or not known).
     */
    public record AppliesWhen(
            Set<String> incidentTypes,
            Set<String> allOf,
            List<Trigger> anyOf,
            Set<String> unless,
            Map<String, Boolean> organization) {

        public AppliesWhen {
            incidentTypes = Set.copyOf(incidentTypes);
            allOf = Set.copyOf(allOf);
            anyOf = List.copyOf(anyOf);
            unless = Set.copyOf(unless);
            organization = Map.copyOf(organization);
        }
    }

    /**
     * One trigger of {@code anyOf}: a fact of the incident, or more persons affected than a threshold (a count
     * not known yet counts as possibly above it).
     */
    public record Trigger(@Nullable String fact, @Nullable Integer affectedPersonsAbove) {}

    /**
     * One report the rule asks for.
     *
     * @param withinDays days after the day of awareness, counted in the organisation's calendar; null when the
     *     research found no fixed number (the clock then shows no deadline and says why)
     * @param longerWhen a longer time when a fact of the incident holds (fact and days), or null
     * @param contents what the report must contain
     */
    public record Report(
            String id,
            LocalizedText name,
            @Nullable Integer withinDays,
            @Nullable Longer longerWhen,
            LocalizedText deadlineNote,
            Confidence confidence,
            List<LocalizedText> contents) {

        public Report {
            contents = List.copyOf(contents);
        }
    }

    public record Longer(String fact, int withinDays) {}
}
