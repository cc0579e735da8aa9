package io.mekiki.decision.web;

import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionQuery;
import io.mekiki.decision.DecisionRuleViolation;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.ReturnPaths;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/decisions")
class DecisionPages {

    private static final String EXECUTIVE = "EXECUTIVE";

    private final Decisions decisions;
    private final MessageSource messages;

    DecisionPages(Decisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String stale,
            @RequestParam(required = false) String subjectType,
            Model model) {
        DecisionQuery query = new DecisionQuery(
                subjectType == null || subjectType.isBlank() ? null : subjectType.strip(),
                null,
                status(status),
                "true".equals(stale) ? Boolean.TRUE : "false".equals(stale) ? Boolean.FALSE : null);
        if (user.roleNames().contains(EXECUTIVE)) {
            model.addAttribute(
                    "waitingForMe",
                    decisions.waiting(user.organizationId()).stream()
                            .filter(decision -> !decision.requestedBy().equals(user.userId()))
                            .toList());
        }
        model.addAttribute("query", query);
        model.addAttribute("decisions", decisions.search(user, query));
        model.addAttribute("statuses", DecisionStatus.values());
        return "decision/list";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("decideForm", new DecideForm());
        return detail(user, decisions.decision(user, id), model);
    }

    /** The request form embedded in other modules' pages posts here and is sent back where it came from. */
    @PostMapping
    String request(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute RequestForm form,
            Locale locale,
            RedirectAttributes redirect) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (form.getTitle().isBlank()) {
            missing.put("title", message("decision.error.required", locale));
        }
        if (form.getProposal().isBlank()) {
            missing.put("proposal", message("decision.error.required", locale));
        }
        if (form.getOptions().isBlank()) {
            missing.put("options", message("decision.error.optionsRequired", locale));
        }
        if (!missing.isEmpty()) {
            redirect.addFlashAttribute(RequestOutcome.ATTRIBUTE, RequestOutcome.missing(missing, form));
            return ReturnPaths.redirect(form.getReturnTo(), "/decisions");
        }
        try {
            Decision requested = decisions.request(user, form.newDecision());
            String path = "/decisions/" + requested.id();
            redirect.addFlashAttribute(
                    RequestOutcome.ATTRIBUTE,
                    new RequestOutcome(false, message("decision.notice.requested", locale), null, form, path));
            if (form.getReturnTo().isBlank()) {
                redirect.addFlashAttribute("notice", "decision.notice.requested");
                return "redirect:" + path;
            }
            return ReturnPaths.redirect(form.getReturnTo(), "/decisions");
        } catch (DecisionRuleViolation violation) {
            redirect.addFlashAttribute(
                    RequestOutcome.ATTRIBUTE,
                    new RequestOutcome(true, message(violation, locale), violation.field(), form, null));
        } catch (RuleViolationException unknownSubject) {
            redirect.addFlashAttribute(
                    RequestOutcome.ATTRIBUTE,
                    new RequestOutcome(
                            true,
                            messages.getMessage(unknownSubject.messageCode(), unknownSubject.arguments(), locale),
                            unknownSubject.field(),
                            form,
                            null));
        } catch (NotFoundException unknownSubject) {
            redirect.addFlashAttribute(
                    RequestOutcome.ATTRIBUTE,
                    new RequestOutcome(
                            true, message("decision.error.unknownSubject", locale), "subjectId", form, null));
        }
        return ReturnPaths.redirect(form.getReturnTo(), "/decisions");
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @ModelAttribute("decideForm") DecideForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            decisions.decide(user, id, form.outcome(), form.getRationale(), form.conditionLines());
            redirect.addFlashAttribute("notice", "decision.notice.decided");
            return "redirect:/decisions/" + id;
        } catch (DecisionRuleViolation violation) {
            String text = message(violation, locale);
            if (violation.field() != null && DecideForm.FIELDS.contains(violation.field())) {
                errors.rejectValue(violation.field(), violation.messageCode(), text);
            } else {
                // decided meanwhile, or one's own request: no form to point at, so it goes above everything
                model.addAttribute("problem", text);
            }
            response.setStatus(
                    violation.kind() == DecisionRuleViolation.Kind.CONFLICT
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return detail(user, decisions.decision(user, id), model);
    }

    @PostMapping("/{id}/conditions/{conditionId}/done")
    String conditionDone(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID conditionId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            decisions.conditionDone(user, id, conditionId);
            redirect.addFlashAttribute("notice", "decision.notice.conditionDone");
        } catch (DecisionRuleViolation violation) {
            redirect.addFlashAttribute("problem", message(violation, locale));
        }
        return "redirect:/decisions/" + id;
    }

    private String detail(SignedInUser user, Decision decision, Model model) {
        boolean executive = user.roleNames().contains(EXECUTIVE);
        boolean requester = decision.requestedBy().equals(user.userId());
        model.addAttribute("decision", decision);
        model.addAttribute("basisRows", BasisTable.rows(decision.basisJson()));
        model.addAttribute(
                "changes", decisions.changesSinceFrozen(user, decision.id()).orElse(List.of()));
        model.addAttribute(
                "subjectPath", decisions.subjectPath(decision.subject()).orElse(null));
        model.addAttribute("canDecide", executive && !requester && decision.status() == DecisionStatus.REQUESTED);
        model.addAttribute("ownRequest", requester && decision.status() == DecisionStatus.REQUESTED);
        model.addAttribute("canMarkDone", executive || requester);
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute(
                "linkable",
                decision.evidence().stream()
                        .map(link -> EvidenceLinks.linkable(link.reference()))
                        .toList());
        return "decision/detail";
    }

    private String message(DecisionRuleViolation violation, Locale locale) {
        return messages.getMessage(violation.messageCode(), violation.arguments(), violation.messageCode(), locale);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    /** An unknown status in a hand-edited address lists everything rather than failing. */
    private static DecisionStatus status(String name) {
        return Arrays.stream(DecisionStatus.values())
                .filter(status -> status.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
