package io.mekiki.operation;

import io.mekiki.catalog.ReportingRules;
import io.mekiki.catalog.ReportingRules.AppliesWhen;
import io.mekiki.catalog.ReportingRules.Report;
import io.mekiki.catalog.ReportingRules.Rule;
import io.mekiki.catalog.ReportingRules.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Computes an incident's reporting clocks from the reporting rules of the catalogue (ADR 036). Pure: the
 * rules, the incident's facts, the organisation's facts, its zone and the moment are given.
 *
 * <p>A report's last day is the day of awareness in the organisation's calendar plus the rule's number of
 * days (the day of awareness itself is not counted); the deadline is the end of that day in the
 * organisation's zone. A fact that is not known never keeps a rule from applying: a number of persons not
 * known counts as possibly above a threshold, and an organisation whose profile does not say whether it is a
 * designated operator counts as possibly one; the clock names the assumption among its reasons.
 */
public final class ReportingClocks {

    /** A missing fact: the number of persons concerned is not known yet. */
    public static final String AFFECTED_PERSONS = "AFFECTED_PERSONS";

    /** A missing fact: the profile does not say whether the organisation is a designated operator. */
    public static final String CRITICAL_INFRASTRUCTURE = "CRITICAL_INFRASTRUCTURE";

    private ReportingClocks() {}

    /**
     * @param criticalInfrastructure the profile's answer: true, false, or null when not known
     */
    public static IncidentClocks of(
            ReportingRules rules,
            Incident incident,
            @Nullable Boolean criticalInfrastructure,
            ZoneId zone,
            Instant now) {
        List<ReportingClock> clocks = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Rule rule : rules.rules()) {
            applies(rule.appliesWhen(), incident, criticalInfrastructure).ifPresent(reasons -> {
                reasons.stream()
                        .filter(reason -> reason.startsWith("personsNotKnown:"))
                        .findFirst()
                        .ifPresent(reason -> missing.add(AFFECTED_PERSONS));
                reasons.stream()
                        .filter(reason -> reason.startsWith("organizationNotKnown:"))
                        .findFirst()
                        .ifPresent(reason -> missing.add(CRITICAL_INFRASTRUCTURE));
                for (Report report : rule.reports()) {
                    clocks.add(clock(rule, report, reasons, incident, zone, now));
                }
            });
        }
        return new IncidentClocks(rules.id(), clocks, List.copyOf(missing));
    }

    /** The reasons the rule applies to the incident, or empty when it does not. */
    static Optional<List<String>> applies(
            AppliesWhen when, Incident incident, @Nullable Boolean criticalInfrastructure) {
        if (!when.incidentTypes().contains(incident.type().name())) {
            return Optional.empty();
        }
        Set<String> facts = new LinkedHashSet<>();
        incident.facts().forEach(fact -> facts.add(fact.name()));
        if (!facts.containsAll(when.allOf())) {
            return Optional.empty();
        }
        if (when.unless().stream().anyMatch(facts::contains)) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        when.allOf().stream().sorted().forEach(fact -> reasons.add("fact:" + fact));
        if (Boolean.TRUE.equals(when.organization().get("criticalInfrastructure"))) {
            if (Boolean.FALSE.equals(criticalInfrastructure)) {
                return Optional.empty();
            }
            reasons.add(
                    criticalInfrastructure == null
                            ? "organizationNotKnown:criticalInfrastructure"
                            : "organization:criticalInfrastructure");
        }
        if (!when.anyOf().isEmpty()) {
            List<String> triggered = new ArrayList<>();
            for (Trigger trigger : when.anyOf()) {
                if (trigger.fact() != null && facts.contains(trigger.fact())) {
                    triggered.add("fact:" + trigger.fact());
                } else if (trigger.affectedPersonsAbove() != null) {
                    Integer persons = incident.affectedPersons();
                    if (persons == null) {
                        triggered.add("personsNotKnown:" + trigger.affectedPersonsAbove());
                    } else if (persons > trigger.affectedPersonsAbove()) {
                        triggered.add("persons:" + trigger.affectedPersonsAbove());
                    }
                }
            }
            if (triggered.isEmpty()) {
                return Optional.empty();
            }
            reasons.addAll(triggered);
        }
        return Optional.of(reasons);
    }

    private static ReportingClock clock(
            Rule rule, Report report, List<String> reasons, Incident incident, ZoneId zone, Instant now) {
        Integer days = report.withinDays();
        if (days != null
                && report.longerWhen() != null
                && incident.facts().stream()
                        .anyMatch(fact -> fact.name().equals(report.longerWhen().fact()))) {
            days = report.longerWhen().withinDays();
        }
        LocalDate due = days == null
                ? null
                : incident.awareAt().atZone(zone).toLocalDate().plusDays(days);
        Instant deadline =
                due == null ? null : due.plusDays(1).atStartOfDay(zone).toInstant();
        SentReport sent = incident.sentReports().stream()
                .filter(done ->
                        done.ruleId().equals(rule.id()) && done.reportId().equals(report.id()))
                .findFirst()
                .orElse(null);
        ReportingClock.State state;
        Duration left = null;
        if (sent != null) {
            state = ReportingClock.State.SENT;
        } else if (deadline == null) {
            state = ReportingClock.State.NO_DEADLINE;
        } else {
            left = Duration.between(now, deadline);
            state = left.isNegative() || left.isZero() ? ReportingClock.State.OVERDUE : ReportingClock.State.RUNNING;
        }
        boolean late = sent != null && due != null && sent.sentOn().isAfter(due);
        return new ReportingClock(
                rule.id(),
                rule.name(),
                rule.authority(),
                rule.basis(),
                rule.confidence(),
                report.id(),
                report.name(),
                days,
                due,
                deadline,
                report.deadlineNote(),
                report.confidence(),
                report.contents(),
                reasons,
                sent,
                state,
                left,
                late);
    }
}
