package io.mekiki.operation.web;

import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.InformationAssets;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeRow;
import io.mekiki.initiative.Initiatives;
import io.mekiki.operation.Incident;
import io.mekiki.operation.IncidentClocks;
import io.mekiki.operation.IncidentFact;
import io.mekiki.operation.IncidentInput;
import io.mekiki.operation.IncidentSeverity;
import io.mekiki.operation.IncidentStatus;
import io.mekiki.operation.IncidentType;
import io.mekiki.operation.Incidents;
import io.mekiki.operation.OperationFindingSignificance;
import io.mekiki.operation.OperationFindings;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident pages: the organisation's incidents, the form to record or revise one (times in the
 * organisation's zone), and the incident page with its reporting clocks, the reports marked sent, its findings
 * and the way to close it.
 */
@Controller
@RequestMapping("/incidents")
class IncidentPages {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private final Incidents incidents;
    private final OperationFindings findings;
    private final Initiatives initiatives;
    private final InformationAssets assets;
    private final OrganizationTime time;
    private final MessageSource messages;

    IncidentPages(
            Incidents incidents,
            OperationFindings findings,
            Initiatives initiatives,
            InformationAssets assets,
            OrganizationTime time,
            MessageSource messages) {
        this.incidents = incidents;
        this.findings = findings;
        this.initiatives = initiatives;
        this.assets = assets;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable UUID initiativeId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        IncidentStatus state = status == null || status.isBlank() ? null : parse(IncidentStatus.class, status);
        ListPage<Incident> found = incidents.page(user, initiativeId, state, Math.max(0, page), 50);
        Map<UUID, IncidentClocks> clocks = incidents.clocks(user.organizationId(), found.items());
        model.addAttribute("rows", found.items());
        model.addAttribute("clocks", clocks);
        model.addAttribute("titles", titles(user));
        model.addAttribute("status", state);
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("found", found);
        model.addAttribute("recorder", recorder(user));
        return "operation/incidents";
    }

    @GetMapping("/new")
    @PreAuthorize(Incidents.RECORDERS)
    String newIncident(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID initiativeId,
            Model model) {
        Form form = new Form();
        form.initiativeId = initiativeId == null ? "" : initiativeId.toString();
        return form(user, form, null, Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(Incidents.RECORDERS)
    String record(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam MultiValueMap<String, String> fields,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Form form = Form.of(fields);
        Map<String, String> problems = new LinkedHashMap<>();
        IncidentInput input = form.input(time.zoneOf(user.organizationId()), problems, messages, locale);
        if (problems.isEmpty()) {
            try {
                return "redirect:/incidents/" + incidents.record(user, input).id();
            } catch (RuleViolationException refused) {
                problems.put(refused.field() == null ? "form" : field(refused.field()), text(refused, locale));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(user, form, null, problems, model);
    }

    @GetMapping("/{id}")
    String incident(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        Incident incident = incidents.incident(user, id);
        IncidentClocks clocks = incidents.clocks(incident);
        Initiative initiative = initiatives.initiative(user, incident.initiativeId());
        model.addAttribute("incident", incident);
        model.addAttribute("clocks", clocks);
        model.addAttribute("initiative", initiative);
        model.addAttribute("affected", assets.assetsOf(user.organizationId(), incident.affectedAssetIds()));
        model.addAttribute("findings", findings.ofIncident(user.organizationId(), id));
        model.addAttribute("significances", OperationFindingSignificance.values());
        model.addAttribute("recorder", recorder(user));
        model.addAttribute("today", time.today(user.organizationId()));
        return "operation/incident";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Incidents.RECORDERS)
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        Incident incident = incidents.incident(user, id);
        return form(user, Form.of(incident, time.zoneOf(user.organizationId())), incident, Map.of(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Incidents.RECORDERS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> fields,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Incident incident = incidents.incident(user, id);
        Form form = Form.of(fields);
        form.initiativeId = incident.initiativeId().toString();
        Map<String, String> problems = new LinkedHashMap<>();
        IncidentInput input = form.input(time.zoneOf(user.organizationId()), problems, messages, locale);
        if (problems.isEmpty()) {
            try {
                incidents.revise(user, id, form.version, input);
                return "redirect:/incidents/" + id;
            } catch (RuleViolationException refused) {
                problems.put(refused.field() == null ? "form" : field(refused.field()), text(refused, locale));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(user, form, incident, problems, model);
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize(Incidents.RECORDERS)
    String reportSent(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String ruleId,
            @RequestParam(required = false) @Nullable String reportId,
            @RequestParam(required = false) @Nullable String sentOn,
            @RequestParam(required = false) @Nullable String reference,
            Locale locale,
            RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = sentOn == null || sentOn.isBlank() ? null : LocalDate.parse(sentOn.strip());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("incident.error.date", null, locale));
            return "redirect:/incidents/" + id;
        }
        return act(
                () -> incidents.markReportSent(user, id, ruleId, reportId, day, reference),
                "incident.notice.reportSent",
                id,
                locale,
                redirect);
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize(Incidents.RECORDERS)
    String close(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String summary,
            Locale locale,
            RedirectAttributes redirect) {
        return act(() -> incidents.close(user, id, summary), "incident.notice.closed", id, locale, redirect);
    }

    private String act(Supplier<?> action, String notice, UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", messages.getMessage(notice, null, locale));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", text(refused, locale));
        }
        return "redirect:/incidents/" + id;
    }

    private String form(
            SignedInUser user, Form form, @Nullable Incident incident, Map<String, String> problems, Model model) {
        List<InitiativeRow> operating =
                new ArrayList<>(initiatives.inPhase(user.organizationId(), LifeCyclePhase.OPERATION));
        operating.addAll(initiatives.inPhase(user.organizationId(), LifeCyclePhase.CONTINUATION_TERMINATION));
        List<AssetSummary> scope = List.of();
        String initiativeTitle = null;
        if (!form.initiativeId.isBlank()) {
            try {
                Initiative initiative = initiatives.initiative(user, UUID.fromString(form.initiativeId));
                scope = assets.assetsOf(user.organizationId(), initiative.assetIds());
                initiativeTitle = initiative.title();
            } catch (IllegalArgumentException | NotFoundException unknown) {
                form.initiativeId = "";
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("incident", incident);
        model.addAttribute("operating", operating);
        model.addAttribute("initiativeTitle", initiativeTitle);
        model.addAttribute("scope", scope);
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("severities", IncidentSeverity.values());
        model.addAttribute("facts", IncidentFact.values());
        model.addAttribute("problems", problems);
        model.addAttribute("zone", time.zoneOf(user.organizationId()).getId());
        return "operation/incident-form";
    }

    private Map<UUID, String> titles(SignedInUser user) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (LifeCyclePhase phase : List.of(LifeCyclePhase.OPERATION, LifeCyclePhase.CONTINUATION_TERMINATION)) {
            initiatives.inPhase(user.organizationId(), phase).forEach(row -> titles.put(row.id(), row.title()));
        }
        return titles;
    }

    private String text(RuleViolationException refused, Locale locale) {
        return messages.getMessage(refused.messageCode(), refused.arguments(), locale);
    }

    /** The form's name for a field the service names ({@code affectedAssetIds[0]} is the asset list). */
    private static String field(String field) {
        return field.startsWith("affectedAssetIds") ? "affectedAssetIds" : field;
    }

    static boolean recorder(SignedInUser user) {
        return user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("BUSINESS_OWNER");
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The incident form as typed: texts kept as they were so that a refused form shows them again. */
    public static final class Form {
        String initiativeId = "";
        String type = "";
        String severity = "";
        String title = "";
        String startedAt = "";
        String endedAt = "";
        String awareAt = "";
        String impact = "";
        String handlingNotes = "";
        String affectedPersons = "";
        Set<String> facts = new java.util.HashSet<>();
        Set<String> affectedAssetIds = new java.util.HashSet<>();

        @Nullable
        Integer version;

        static Form of(MultiValueMap<String, String> fields) {
            Form form = new Form();
            form.initiativeId = first(fields, "initiativeId");
            form.type = first(fields, "type");
            form.severity = first(fields, "severity");
            form.title = first(fields, "title");
            form.startedAt = first(fields, "startedAt");
            form.endedAt = first(fields, "endedAt");
            form.awareAt = first(fields, "awareAt");
            form.impact = first(fields, "impact");
            form.handlingNotes = first(fields, "handlingNotes");
            form.affectedPersons = first(fields, "affectedPersons");
            form.facts = new java.util.HashSet<>(fields.getOrDefault("facts", List.of()));
            form.affectedAssetIds = new java.util.HashSet<>(fields.getOrDefault("affectedAssetIds", List.of()));
            try {
                String version = first(fields, "version");
                form.version = version.isBlank() ? null : Integer.valueOf(version);
            } catch (NumberFormatException e) {
                form.version = null;
            }
            return form;
        }

        static Form of(Incident incident, ZoneId zone) {
            Form form = new Form();
            form.initiativeId = incident.initiativeId().toString();
            form.type = incident.type().name();
            form.severity = incident.severity().name();
            form.title = incident.title();
            form.startedAt = local(incident.startedAt(), zone);
            form.endedAt = incident.endedAt() == null ? "" : local(incident.endedAt(), zone);
            form.awareAt = local(incident.awareAt(), zone);
            form.impact = incident.impact();
            form.handlingNotes = incident.handlingNotes();
            form.affectedPersons = incident.affectedPersons() == null
                    ? ""
                    : incident.affectedPersons().toString();
            incident.facts().forEach(fact -> form.facts.add(fact.name()));
            incident.affectedAssetIds().forEach(asset -> form.affectedAssetIds.add(asset.toString()));
            form.version = incident.version();
            return form;
        }

        private static String local(Instant moment, ZoneId zone) {
            return LOCAL.format(LocalDateTime.ofInstant(moment, zone));
        }

        /** The input the service checks; values that cannot even be read are put in {@code problems}. */
        IncidentInput input(ZoneId zone, Map<String, String> problems, MessageSource messages, Locale locale) {
            UUID initiative = uuid(initiativeId);
            IncidentType incidentType = choice(IncidentType.class, type, "type", problems, messages, locale);
            IncidentSeverity incidentSeverity =
                    choice(IncidentSeverity.class, severity, "severity", problems, messages, locale);
            Instant started = moment(startedAt, zone, "startedAt", problems, messages, locale);
            Instant ended = moment(endedAt, zone, "endedAt", problems, messages, locale);
            Instant aware = moment(awareAt, zone, "awareAt", problems, messages, locale);
            Integer persons = null;
            if (!affectedPersons.isBlank()) {
                try {
                    persons = Integer.valueOf(affectedPersons.strip());
                } catch (NumberFormatException e) {
                    problems.put(
                            "affectedPersons",
                            messages.getMessage(
                                    "incident.error.personsRange", new Object[] {Incidents.PERSONS_MAX}, locale));
                }
            }
            Set<IncidentFact> checked = EnumSet.noneOf(IncidentFact.class);
            for (String fact : facts) {
                try {
                    checked.add(IncidentFact.valueOf(fact));
                } catch (IllegalArgumentException e) {
                    problems.put("facts", messages.getMessage("incident.error.choice", null, locale));
                }
            }
            List<UUID> assetIds = new ArrayList<>();
            for (String asset : affectedAssetIds) {
                UUID id = uuid(asset);
                if (id == null) {
                    problems.put(
                            "affectedAssetIds", messages.getMessage("incident.error.assetNotInScope", null, locale));
                } else {
                    assetIds.add(id);
                }
            }
            return new IncidentInput(
                    initiative,
                    null,
                    incidentType,
                    incidentSeverity,
                    title,
                    started,
                    ended,
                    aware,
                    impact,
                    assetIds,
                    handlingNotes,
                    checked,
                    persons);
        }

        private static <E extends Enum<E>> @Nullable E choice(
                Class<E> type,
                String value,
                String field,
                Map<String, String> problems,
                MessageSource messages,
                Locale locale) {
            if (value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                problems.put(field, messages.getMessage("incident.error.choice", null, locale));
                return null;
            }
        }

        private static @Nullable Instant moment(
                String value,
                ZoneId zone,
                String field,
                Map<String, String> problems,
                MessageSource messages,
                Locale locale) {
            if (value.isBlank()) {
                return null;
            }
            try {
                return LocalDateTime.parse(value.strip(), LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.put(field, messages.getMessage("incident.error.moment", null, locale));
                return null;
            }
        }

        private static @Nullable UUID uuid(String value) {
            try {
                return value.isBlank() ? null : UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String first(MultiValueMap<String, String> fields, String name) {
            String value = fields.getFirst(name);
            return value == null ? "" : value;
        }

        public String getInitiativeId() {
            return initiativeId;
        }

        public String getType() {
            return type;
        }

        public String getSeverity() {
            return severity;
        }

        public String getTitle() {
            return title;
        }

        public String getStartedAt() {
            return startedAt;
        }

        public String getEndedAt() {
            return endedAt;
        }

        public String getAwareAt() {
            return awareAt;
        }

        public String getImpact() {
            return impact;
        }

        public String getHandlingNotes() {
            return handlingNotes;
        }

        public String getAffectedPersons() {
            return affectedPersons;
        }

        public Set<String> getFacts() {
            return facts;
        }

        public Set<String> getAffectedAssetIds() {
            return affectedAssetIds;
        }

        public @Nullable Integer getVersion() {
            return version;
        }
    }
}
