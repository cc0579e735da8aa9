package io.mekiki.operation.web;

import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeRow;
import io.mekiki.initiative.Initiatives;
import io.mekiki.operation.OperationFinding;
import io.mekiki.operation.OperationFindingInput;
import io.mekiki.operation.OperationFindingSignificance;
import io.mekiki.operation.OperationFindingStatus;
import io.mekiki.operation.OperationFindings;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the operation findings: the organisation's findings, the form to raise one from monitoring, and
 * the finding's page with its root cause, corrective action, owner, due date, status, significance, and the
 * executive decision a significant one needs.
 */
@Controller
@RequestMapping("/operation-findings")
class OperationFindingPages {

    private final OperationFindings findings;
    private final Initiatives initiatives;
    private final OrganizationTime time;
    private final MessageSource messages;

    OperationFindingPages(
            OperationFindings findings, Initiatives initiatives, OrganizationTime time, MessageSource messages) {
        this.findings = findings;
        this.initiatives = initiatives;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID initiativeId,
            @RequestParam(required = false) @Nullable String show,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Boolean open = "all".equals(show) ? null : Boolean.TRUE;
        ListPage<OperationFinding> found = findings.page(user, initiativeId, null, open, null, Math.max(0, page), 50);
        model.addAttribute("rows", found.items());
        model.addAttribute("found", found);
        model.addAttribute("show", open == null ? "all" : "open");
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("today", time.today(user.organizationId()));
        model.addAttribute("recorder", IncidentPages.recorder(user));
        return "operation/findings";
    }

    @GetMapping("/new")
    @PreAuthorize(OperationFindings.HANDLERS)
    String newFinding(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID initiativeId,
            Model model) {
        List<InitiativeRow> operating =
                new ArrayList<>(initiatives.inPhase(user.organizationId(), LifeCyclePhase.OPERATION));
        operating.addAll(initiatives.inPhase(user.organizationId(), LifeCyclePhase.CONTINUATION_TERMINATION));
        operating.sort(Comparator.comparing(InitiativeRow::title));
        model.addAttribute("operating", operating);
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("significances", OperationFindingSignificance.values());
        return "operation/finding-new";
    }

    @PostMapping
    @PreAuthorize(OperationFindings.HANDLERS)
    String raise(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String initiativeId,
            @RequestParam(required = false) @Nullable String incidentId,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String significance,
            Locale locale,
            RedirectAttributes redirect) {
        UUID incident = uuid(incidentId);
        try {
            OperationFinding raised = findings.raise(
                    user,
                    new OperationFindingInput(
                            uuid(initiativeId),
                            incident,
                            title,
                            description,
                            null,
                            null,
                            null,
                            null,
                            OperationFindingStatus.OPEN,
                            choice(OperationFindingSignificance.class, significance)));
            redirect.addFlashAttribute("notice", messages.getMessage("operationFinding.notice.raised", null, locale));
            return "redirect:/operation-findings/" + raised.id();
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", text(refused, locale));
            redirect.addFlashAttribute("typed", typed(title, description, null, null, null, null, null, significance));
            if (incident != null) {
                return "redirect:/incidents/" + incident;
            }
            UUID initiative = uuid(initiativeId);
            return initiative == null
                    ? "redirect:/operation-findings/new"
                    : "redirect:/operation-findings/new?initiativeId=" + initiative;
        }
    }

    @GetMapping("/{id}")
    String finding(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        OperationFinding finding = findings.finding(user, id);
        Initiative initiative = initiatives.initiative(user, finding.initiativeId());
        Map<UUID, String> people =
                new LinkedHashMap<>(initiatives.people(user.organizationId()).names());
        List<Map.Entry<UUID, String>> owners = new ArrayList<>(people.entrySet());
        owners.sort(Map.Entry.comparingByValue());
        model.addAttribute("finding", finding);
        model.addAttribute("initiative", initiative);
        model.addAttribute("owners", owners);
        model.addAttribute("statuses", OperationFindingStatus.values());
        model.addAttribute("significances", OperationFindingSignificance.values());
        model.addAttribute("today", time.today(user.organizationId()));
        model.addAttribute("recorder", IncidentPages.recorder(user));
        return "operation/finding";
    }

    @PostMapping("/{id}")
    @PreAuthorize(OperationFindings.HANDLERS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String rootCause,
            @RequestParam(required = false) @Nullable String countermeasure,
            @RequestParam(required = false) @Nullable String ownerId,
            @RequestParam(required = false) @Nullable String dueDate,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String significance,
            @RequestParam(required = false) @Nullable Integer version,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            LocalDate due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
            findings.revise(
                    user,
                    id,
                    version,
                    new OperationFindingInput(
                            null,
                            null,
                            title,
                            description,
                            rootCause,
                            countermeasure,
                            uuid(ownerId),
                            due,
                            choice(OperationFindingStatus.class, status),
                            choice(OperationFindingSignificance.class, significance)));
            redirect.addFlashAttribute("notice", messages.getMessage("operationFinding.notice.saved", null, locale));
        } catch (DateTimeParseException unreadable) {
            redirect.addFlashAttribute("problem", messages.getMessage("incident.error.date", null, locale));
            redirect.addFlashAttribute(
                    "typed",
                    typed(title, description, rootCause, countermeasure, ownerId, dueDate, status, significance));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", text(refused, locale));
            redirect.addFlashAttribute(
                    "typed",
                    typed(title, description, rootCause, countermeasure, ownerId, dueDate, status, significance));
        }
        return "redirect:/operation-findings/" + id;
    }

    /** What was typed in a refused form, by field, so that the form shows it again instead of losing it. */
    private static Map<String, String> typed(
            @Nullable String title,
            @Nullable String description,
            @Nullable String rootCause,
            @Nullable String countermeasure,
            @Nullable String ownerId,
            @Nullable String dueDate,
            @Nullable String status,
            @Nullable String significance) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("title", title == null ? "" : title);
        typed.put("description", description == null ? "" : description);
        typed.put("rootCause", rootCause == null ? "" : rootCause);
        typed.put("countermeasure", countermeasure == null ? "" : countermeasure);
        typed.put("ownerId", ownerId == null ? "" : ownerId);
        typed.put("dueDate", dueDate == null ? "" : dueDate);
        typed.put("status", status == null ? "" : status);
        typed.put("significance", significance == null ? "" : significance);
        return typed;
    }

    @PostMapping("/{id}/decision-request")
    @PreAuthorize(OperationFindings.HANDLERS)
    String requestDecision(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String proposal,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            findings.requestDecision(user, id, proposal);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("operationFinding.notice.decisionRequested", null, locale));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", text(refused, locale));
        }
        return "redirect:/operation-findings/" + id;
    }

    private String text(RuleViolationException refused, Locale locale) {
        return messages.getMessage(refused.messageCode(), refused.arguments(), locale);
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
