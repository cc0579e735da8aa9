package io.mekiki.assessment.web;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerComment;
import io.mekiki.assessment.AnswerEvidence;
import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.AnswerSource;
import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment page of a candidate, with an answer form per item (inline with htmx, plain without). */
@Controller
class AssessmentPages {

    private final Assessments assessments;
    private final PeopleDirectory people;

    AssessmentPages(Assessments assessments, PeopleDirectory people) {
        this.assessments = assessments;
        this.people = people;
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
        return act(
                user,
                candidateId,
                itemId,
                () -> assessments.answer(
                        user, candidateId, itemId, new AnswerInput(status, answer, source, reason, version)),
                "assessment.notice.answered",
                model,
                locale,
                request,
                response,
                redirect);
    }

    @PostMapping("/candidates/{candidateId}/assessment/{itemId}/confirmation")
    @PreAuthorize(Assessments.EDITORS)
    String confirm(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                candidateId,
                itemId,
                () -> assessments.confirm(user, candidateId, itemId, version),
                "assessment.notice.confirmed",
                model,
                locale,
                request,
                response,
                redirect);
    }

    @PostMapping("/candidates/{candidateId}/assessment/{itemId}/links")
    @PreAuthorize(Assessments.EDITORS)
    String addLink(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String reference,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                candidateId,
                itemId,
                () -> assessments.addLink(user, candidateId, itemId, title, reference),
                "assessment.notice.evidenceAdded",
                model,
                locale,
                request,
                response,
                redirect);
    }

    @PostMapping("/candidates/{candidateId}/assessment/{itemId}/files")
    @PreAuthorize(Assessments.EDITORS)
    String addFile(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                candidateId,
                itemId,
                () -> assessments.addFile(user, candidateId, itemId, title, AssessmentApi.upload(file)),
                "assessment.notice.evidenceAdded",
                model,
                locale,
                request,
                response,
                redirect);
    }

    @PostMapping("/candidates/{candidateId}/assessment/{itemId}/evidence/{evidenceId}/removal")
    @PreAuthorize(Assessments.EDITORS)
    String removeEvidence(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @PathVariable UUID evidenceId,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                candidateId,
                itemId,
                () -> assessments.removeEvidence(user, candidateId, evidenceId),
                "assessment.notice.evidenceRemoved",
                model,
                locale,
                request,
                response,
                redirect);
    }

    @GetMapping("/candidates/{candidateId}/assessment/evidence/{evidenceId}")
    void download(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable UUID evidenceId,
            HttpServletResponse response)
            throws IOException {
        Assessments.EvidenceDownload download = assessments.evidenceFile(user, candidateId, evidenceId);
        AnswerEvidence file = download.evidence();
        FileDownload.write(
                Objects.requireNonNull(file.fileName()),
                Objects.requireNonNull(file.mediaType()),
                Objects.requireNonNull(file.size()),
                file.sha256(),
                download.content(),
                response);
    }

    @PostMapping("/candidates/{candidateId}/assessment/{itemId}/comments")
    @PreAuthorize(Assessments.COMMENTERS)
    String comment(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String body,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                candidateId,
                itemId,
                () -> assessments.comment(user, candidateId, itemId, body),
                "assessment.notice.commented",
                model,
                locale,
                request,
                response,
                redirect);
    }

    @PostMapping("/candidates/{candidateId}/assessment/reopening")
    @PreAuthorize(Assessments.EDITORS)
    String reopen(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID initiativeId = assessments.assessment(user, candidateId).initiativeId();
        return act(
                user,
                candidateId,
                "reopening",
                () -> assessments.reopen(user, initiativeId, reason),
                "assessment.notice.reopened",
                model,
                locale,
                request,
                response,
                redirect);
    }

    /**
     * Does what a form asks; without htmx, redirects back to the item with a notice, or shows the page again
     * with the refusal (4xx); with htmx, answers the page's body either way (refusals inline with 200).
     */
    private String act(
            SignedInUser user,
            UUID candidateId,
            String itemId,
            Runnable action,
            String notice,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        try {
            action.run();
            if (!htmx) {
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/candidates/" + candidateId + "/assessment#item-" + itemId;
            }
            model.addAttribute("notice", notice);
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
        return htmx ? "assessment/page :: assessment-body" : "assessment/page";
    }

    private void fill(SignedInUser user, UUID candidateId, Model model, Locale locale) {
        Assessment assessment = assessments.assessment(user, candidateId);
        Optional<CatalogRelease> release = assessments.release(user, assessment.release());
        Map<String, CheckItem> items = new HashMap<>();
        release.ifPresent(found -> found.items().forEach(item -> items.put(item.id(), item)));
        model.addAttribute("assessment", assessment);
        List<UUID> persons = new ArrayList<>();
        assessment.entries().stream()
                .map(Assessment.Entry::answer)
                .filter(Objects::nonNull)
                .map(Answer::confirmedBy)
                .filter(Objects::nonNull)
                .forEach(persons::add);
        assessment.evidence().stream()
                .map(AnswerEvidence::addedBy)
                .filter(Objects::nonNull)
                .forEach(persons::add);
        assessment.comments().stream().map(AnswerComment::authorId).forEach(persons::add);
        model.addAttribute("people", persons.isEmpty() ? Map.of() : people.names(user.organizationId(), persons));
        model.addAttribute("items", items);
        model.addAttribute(
                "sections",
                assessment.progress().stream()
                        .map(progress -> progress.section())
                        .toList());
        model.addAttribute("statuses", List.of(AnswerStatus.values()));
        model.addAttribute(
                "sources",
                java.util.Arrays.stream(AnswerSource.values())
                        .filter(source -> source != AnswerSource.DERIVED)
                        .toList());
        model.addAttribute("allSections", List.of(Section.values()));
    }
}
