package io.mekiki.assessment.web;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.DispositionInput;
import io.mekiki.assessment.Finding;
import io.mekiki.assessment.FindingDisposition;
import io.mekiki.assessment.Findings;
import io.mekiki.assessment.RiskView;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.identity.Members;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

/**
 * A candidate's risk view (heat map and its table) with its findings and their disposition forms (ADR 030).
 * Forms post plainly; a refusal shows the page again with the message and the status of the refusal.
 */
@Controller
class RiskPages {

    private final Findings findings;
    private final Assessments assessments;
    private final Members members;

    RiskPages(Findings findings, Assessments assessments, Members members) {
        this.findings = findings;
        this.assessments = assessments;
        this.members = members;
    }

    @GetMapping("/candidates/{candidateId}/risks")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId, Model model) {
        fill(user, candidateId, model);
        return "assessment/risks";
    }

    @PostMapping("/candidates/{candidateId}/findings")
    @PreAuthorize(Findings.DISPOSERS)
    String raise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @RequestParam(required = false) @Nullable String itemId,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Finding raised = findings.raise(user, candidateId, itemId, note);
            redirect.addFlashAttribute("notice", "finding.notice.raised");
            return "redirect:/candidates/" + candidateId + "/risks#finding-" + raised.id();
        } catch (RuleViolationException refused) {
            return refused(user, candidateId, null, refused, model, response);
        }
    }

    @PostMapping("/candidates/{candidateId}/findings/{findingId}/disposition")
    @PreAuthorize(Findings.DISPOSERS)
    String dispose(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable UUID findingId,
            @RequestParam(required = false) @Nullable String disposition,
            @RequestParam(required = false) @Nullable String rationale,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String ownerId,
            @RequestParam(required = false) @Nullable String dueDate,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            findings.dispose(
                    user,
                    candidateId,
                    findingId,
                    new DispositionInput(disposition, rationale, action, ownerId, dueDate, version));
            redirect.addFlashAttribute("notice", "finding.notice.disposed");
            return "redirect:/candidates/" + candidateId + "/risks#finding-" + findingId;
        } catch (RuleViolationException refused) {
            return refused(user, candidateId, findingId, refused, model, response);
        }
    }

    @PostMapping("/candidates/{candidateId}/findings/{findingId}/mitigation-done")
    @PreAuthorize(Findings.DISPOSERS)
    String done(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable UUID findingId,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            findings.mitigationDone(user, candidateId, findingId, note, version);
            redirect.addFlashAttribute("notice", "finding.notice.mitigated");
            return "redirect:/candidates/" + candidateId + "/risks#finding-" + findingId;
        } catch (RuleViolationException refused) {
            return refused(user, candidateId, findingId, refused, model, response);
        }
    }

    private String refused(
            SignedInUser user,
            UUID candidateId,
            @Nullable UUID findingId,
            RuleViolationException refused,
            Model model,
            HttpServletResponse response) {
        response.setStatus(refused.pageStatus().value());
        model.addAttribute("refusal", refused.messageCode());
        model.addAttribute("refusalArguments", refused.arguments());
        model.addAttribute("refusedField", refused.field());
        model.addAttribute("refusedFinding", findingId);
        fill(user, candidateId, model);
        return "assessment/risks";
    }

    private void fill(SignedInUser user, UUID candidateId, Model model) {
        RiskView view = findings.risks(user, candidateId);
        Assessment assessment = assessments.assessment(user, candidateId);
        List<Finding> all = findings.findings(user, candidateId);
        Optional<CatalogRelease> release = findings.release(user.organizationId(), view.release());
        Map<String, CheckItem> items = new HashMap<>();
        release.ifPresent(found -> found.items().forEach(item -> items.put(item.id(), item)));
        Set<String> pending = all.stream()
                .filter(finding -> finding.resolvedAt() == null)
                .map(Finding::itemId)
                .collect(Collectors.toSet());
        model.addAttribute("view", view);
        model.addAttribute("candidateOpen", assessment.open());
        model.addAttribute("heatMap", HeatMap.of(view));
        model.addAttribute("findings", all);
        model.addAttribute("items", items);
        model.addAttribute(
                "gaps",
                assessment.entries().stream()
                        .filter(entry -> entry.answer() != null
                                && entry.answer().status().gap()
                                && !pending.contains(entry.itemId()))
                        .toList());
        model.addAttribute("dispositions", List.of(FindingDisposition.values()));
        model.addAttribute("members", members.active(user.organizationId()));
        model.addAttribute("risks", List.of(CloudRisk.values()));
        model.addAttribute("statuses", List.of(AnswerStatus.values()));
        model.addAttribute(
                "names",
                members.names(
                        user.organizationId(),
                        all.stream()
                                .filter(finding -> finding.mitigation() != null)
                                .map(finding -> finding.mitigation().owner())
                                .toList()));
    }
}
