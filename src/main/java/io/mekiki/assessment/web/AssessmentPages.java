package io.mekiki.assessment.web;

import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.AnswerSource;
import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment page of a candidate, with an answer form per item (inline with htmx, plain without). */
@Controller
class AssessmentPages {

    private final Assessments assessments;

    AssessmentPages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/candidates/{candidateId}/assessment")
    String page(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId, Model model, Locale locale) {
        fill(user, candidateId, model, locale);
        return "assessment/page";
    }

    @PostMapping("/candidates/{candidateId}/assessment/{itemId}")
    @PreAuthorize(Assessments.EDITORS)
    String answer(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        try {
            assessments.answer(user, candidateId, itemId, new AnswerInput(status, answer, source, reason, version));
            if (!htmx) {
                redirect.addFlashAttribute("notice", "assessment.notice.answered");
                return "redirect:/candidates/" + candidateId + "/assessment#item-" + itemId;
            }
        } catch (RuleViolationException refused) {
            if (!htmx) {
                // htmx swaps only successful answers: the refusal comes back inline with 200
                response.setStatus(refused.pageStatus().value());
            }
            model.addAttribute("refusedItem", itemId);
            model.addAttribute("refusal", refused.messageCode());
            model.addAttribute("refusalArguments", refused.arguments());
            model.addAttribute("refusedField", refused.field());
        }
        fill(user, candidateId, model, locale);
        return htmx ? "assessment/page :: body" : "assessment/page";
    }

    private void fill(SignedInUser user, UUID candidateId, Model model, Locale locale) {
        Assessment assessment = assessments.assessment(user, candidateId);
        Optional<CatalogRelease> release = assessments.release(user, assessment.release());
        Map<String, CheckItem> items = new HashMap<>();
        release.ifPresent(found -> found.items().forEach(item -> items.put(item.id(), item)));
        model.addAttribute("assessment", assessment);
        model.addAttribute("items", items);
        model.addAttribute(
                "sections",
                assessment.progress().stream()
                        .map(progress -> progress.section())
                        .toList());
        model.addAttribute("statuses", List.of(AnswerStatus.values()));
        model.addAttribute("sources", List.of(AnswerSource.values()));
        model.addAttribute("allSections", List.of(Section.values()));
    }
}
