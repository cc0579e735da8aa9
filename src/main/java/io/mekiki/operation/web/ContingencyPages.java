package io.mekiki.operation.web;

import io.mekiki.operation.Contingencies;
import io.mekiki.operation.Contingency;
import io.mekiki.operation.ContingencyEntryKind;
import io.mekiki.operation.ContingencyKind;
import io.mekiki.operation.ContingencyReview;
import io.mekiki.operation.ContingencyStatus;
import io.mekiki.operation.ContingencySummary;
import io.mekiki.operation.NewContingency;
import io.mekiki.operation.NewContingencyEntry;
import io.mekiki.shared.ListLinks;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contingency pages: the list, the form an executive opens one with, the contingency with its timeline and
 * the entry form, and the close form with the review. A refused form comes back with the message on its field.
 */
@Controller
class ContingencyPages {

    private static final ListOrder ORDER = ListOrder.ascending("status");

    private final Contingencies contingencies;
    private final MessageSource messages;
    private final Clock clock;

    ContingencyPages(Contingencies contingencies, MessageSource messages, Clock clock) {
        this.contingencies = contingencies;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/contingencies")
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ContingencyStatus shown = Arrays.stream(ContingencyStatus.values())
                .filter(candidate -> candidate.name().equals(status))
                .findFirst()
                .orElse(null);
        ListPage<ContingencySummary> found =
                contingencies.page(user, shown, Math.max(0, page), Contingencies.PAGE_SIZE);
        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("status", shown == null ? null : shown.name());
        model.addAttribute("rows", found.items());
        model.addAttribute("status", shown);
        model.addAttribute("statuses", ContingencyStatus.values());
        model.addAttribute("links", ListLinks.of("/contingencies", filters, ORDER, found));
        return "contingency/list";
    }

    @GetMapping("/contingencies/new")
    @PreAuthorize(Contingencies.COMMANDERS)
    String openForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("commanderId", user.userId().toString());
        form.put("beganAt", nowLocal(user));
        form.put("initiativeIds", List.of());
        return openForm(user, model, form, Map.of());
    }

    @PostMapping("/contingencies")
    @PreAuthorize(Contingencies.COMMANDERS)
    String open(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String beganAt,
            @RequestParam(required = false) @Nullable String commanderId,
            @RequestParam(required = false) @Nullable List<String> initiativeIds,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Contingency opened = contingencies.open(
                    user, new NewContingency(kind, title, description, beganAt, commanderId, initiativeIds));
            redirect.addFlashAttribute("notice", message("contingency.notice.opened", locale, opened.title()));
            return "redirect:/contingencies/" + opened.id();
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("kind", kind);
            form.put("title", title);
            form.put("description", description);
            form.put("beganAt", beganAt);
            form.put("commanderId", commanderId);
            form.put("initiativeIds", initiativeIds == null ? List.of() : initiativeIds);
            response.setStatus(violation.pageStatus().value());
            return openForm(user, model, form, errors(violation, locale));
        }
    }

    @GetMapping("/contingencies/{id}")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return page(user, contingencies.contingency(user, id), model, Map.of(), Map.of());
    }

    @PostMapping("/contingencies/{id}/entries")
    @PreAuthorize(Contingencies.WRITERS)
    String record(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String authority,
            @RequestParam(required = false) @Nullable String reference,
            @RequestParam(required = false) @Nullable String initiativeId,
            @RequestParam(required = false) @Nullable String corrects,
            @RequestParam(required = false) @Nullable String requestDecision,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var entry = contingencies.record(
                    user,
                    id,
                    new NewContingencyEntry(
                            kind,
                            at,
                            text,
                            authority,
                            reference,
                            initiativeId,
                            corrects,
                            requestDecision != null,
                            null,
                            null));
            redirect.addFlashAttribute(
                    "notice",
                    message(
                            entry.decisions().isEmpty()
                                    ? "contingency.notice.recorded"
                                    : "contingency.notice.recordedWithDecisions",
                            locale,
                            entry.number(),
                            entry.decisions().size()));
            return "redirect:/contingencies/" + id + "#entry-" + entry.number();
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("kind", kind);
            form.put("at", at);
            form.put("text", text);
            form.put("authority", authority);
            form.put("reference", reference);
            form.put("initiativeId", initiativeId);
            form.put("corrects", corrects);
            form.put("requestDecision", requestDecision != null);
            response.setStatus(violation.pageStatus().value());
            return page(user, contingencies.contingency(user, id), model, form, errors(violation, locale));
        }
    }

    @GetMapping("/contingencies/{id}/closure")
    @PreAuthorize(Contingencies.COMMANDERS)
    String closeForm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return closeForm(contingencies.contingency(user, id), model, Map.of(), Map.of());
    }

    @PostMapping("/contingencies/{id}/closure")
    @PreAuthorize(Contingencies.COMMANDERS)
    String close(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String worked,
            @RequestParam(required = false) @Nullable String notWorked,
            @RequestParam(required = false) @Nullable String actions,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Contingency closed = contingencies.close(user, id, new ContingencyReview(worked, notWorked, actions));
            redirect.addFlashAttribute("notice", message("contingency.notice.closed", locale, closed.title()));
            return "redirect:/contingencies/" + id;
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("worked", worked);
            form.put("notWorked", notWorked);
            form.put("actions", actions);
            response.setStatus(violation.pageStatus().value());
            return closeForm(contingencies.contingency(user, id), model, form, errors(violation, locale));
        }
    }

    private String openForm(SignedInUser user, Model model, Map<String, Object> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ContingencyKind.values());
        model.addAttribute("commanders", contingencies.commanders(user.organizationId()));
        model.addAttribute("initiatives", contingencies.initiativeChoices(user));
        model.addAttribute("zone", contingencies.zoneOf(user.organizationId()));
        return "contingency/new";
    }

    private String page(
            SignedInUser user,
            Contingency contingency,
            Model model,
            Map<String, Object> form,
            Map<String, String> errors) {
        var roles = user.roleNames();
        boolean planner = roles.contains("EXECUTIVE") || roles.contains("RISK_OFFICER");
        List<Contingency.AffectedInitiative> owned = contingency.initiatives().stream()
                .filter(initiative -> user.userId().equals(initiative.ownerId()))
                .toList();
        boolean canWrite = contingency.open() && (planner || (roles.contains("BUSINESS_OWNER") && !owned.isEmpty()));
        Map<String, Object> values = new LinkedHashMap<>(form);
        values.putIfAbsent("at", nowLocal(user));
        Map<UUID, String> titles = new LinkedHashMap<>();
        contingency.initiatives().forEach(initiative -> titles.put(initiative.id(), initiative.title()));
        model.addAttribute("contingency", contingency);
        model.addAttribute("initiativeTitles", titles);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", canWrite);
        model.addAttribute(
                "entryKinds",
                planner ? List.of(ContingencyEntryKind.values()) : List.of(ContingencyEntryKind.STATUS_UPDATE));
        model.addAttribute("entryInitiatives", planner ? contingency.initiatives() : owned);
        model.addAttribute("canRequestDecision", contingency.open() && roles.contains("RISK_OFFICER"));
        model.addAttribute("canClose", contingency.open() && roles.contains("EXECUTIVE"));
        model.addAttribute("zone", contingencies.zoneOf(user.organizationId()));
        return "contingency/page";
    }

    private String closeForm(
            Contingency contingency, Model model, Map<String, Object> form, Map<String, String> errors) {
        model.addAttribute("contingency", contingency);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "contingency/close";
    }

    /** Now in the organisation's zone, to the minute, as a date-time input takes it. */
    private String nowLocal(SignedInUser user) {
        return LocalDateTime.ofInstant(clock.instant(), contingencies.zoneOf(user.organizationId()))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    private Map<String, String> errors(RuleViolationException violation, Locale locale) {
        String field = violation.field() == null ? "form" : violation.field();
        return Map.of(field, messages.getMessage(violation.messageCode(), violation.arguments(), locale));
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
