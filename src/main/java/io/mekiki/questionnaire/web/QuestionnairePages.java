package io.mekiki.questionnaire.web;

import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessments;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.questionnaire.QuestionnaireDetails;
import io.mekiki.questionnaire.QuestionnaireRequest;
import io.mekiki.questionnaire.Questionnaires;
import io.mekiki.questionnaire.SentQuestionnaire;
import io.mekiki.questionnaire.internal.QuestionnaireStore.StoredFile;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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

/** The organisation's questionnaire pages: sending from a candidate's assessment, and following and reviewing one. */
@Controller
class QuestionnairePages {

    private final Questionnaires questionnaires;
    private final Candidates candidates;
    private final Assessments assessments;
    private final ProviderRegister providers;

    QuestionnairePages(
            Questionnaires questionnaires, Candidates candidates, Assessments assessments, ProviderRegister providers) {
        this.questionnaires = questionnaires;
        this.candidates = candidates;
        this.assessments = assessments;
        this.providers = providers;
    }

    @GetMapping("/candidates/{candidateId}/questionnaires/new")
    @PreAuthorize(Questionnaires.SENDERS)
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId, Model model) {
        Candidate candidate = candidate(user, candidateId);
        return showForm(
                user,
                candidate,
                questionnaires.defaultItems(user, candidateId),
                user.language().getLanguage().equals("en") ? "en" : "ja",
                null,
                LocalDate.now().plusDays(14).toString(),
                null,
                null,
                model);
    }

    @PostMapping("/candidates/{candidateId}/questionnaires")
    @PreAuthorize(Questionnaires.SENDERS)
    String send(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @RequestParam(name = "items", required = false) @Nullable List<String> items,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String contactId,
            @RequestParam(required = false) @Nullable String dueOn,
            @RequestParam(required = false) @Nullable String message,
            HttpServletResponse response,
            Model model) {
        Candidate candidate = candidate(user, candidateId);
        List<String> chosen = items == null ? List.of() : items;
        try {
            if (chosen.isEmpty()) {
                throw new RuleViolationException(
                        RuleViolationException.Kind.UNPROCESSABLE, "items", "questionnaire.error.itemsNeeded");
            }
            SentQuestionnaire sent = questionnaires.send(
                    user,
                    candidateId,
                    new QuestionnaireRequest(chosen, language, uuid(contactId), date(dueOn), message));
            model.addAttribute("sentLink", sent.link());
            model.addAttribute("mailed", sent.mailed());
            return showPage(
                    user, questionnaires.details(user, sent.questionnaire().id()), null, model);
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            return showForm(user, candidate, chosen, language, contactId, dueOn, message, refused, model);
        }
    }

    @GetMapping("/questionnaires/settings")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        return showSettings(user, Integer.toString(questionnaires.graceDays(user)), null, model);
    }

    @PostMapping("/questionnaires/settings")
    @PreAuthorize(Questionnaires.GRACE_SETTERS)
    String setSettings(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String graceDays,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            questionnaires.setGraceDays(user, days(graceDays));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/questionnaires/settings";
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            return showSettings(user, graceDays, refused, model);
        }
    }

    private String showSettings(
            SignedInUser user, @Nullable String graceDays, @Nullable RuleViolationException refused, Model model) {
        model.addAttribute("current", questionnaires.graceDays(user));
        model.addAttribute("graceDays", graceDays);
        model.addAttribute("maxDays", Questionnaires.GRACE_MAX_DAYS);
        model.addAttribute(
                "canSet", user.roleNames().contains("ADMIN") || user.roleNames().contains("RISK_OFFICER"));
        refusal(refused, model);
        return "questionnaire/settings";
    }

    /** A number the form sent; anything else is refused as the service refuses a number out of range. */
    private static @Nullable Integer days(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    @GetMapping("/questionnaires/{id}")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return showPage(user, questionnaires.details(user, id), null, model);
    }

    @PostMapping("/questionnaires/{id}/revocation")
    @PreAuthorize(Questionnaires.SENDERS)
    String revoke(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            HttpServletResponse response,
            Model model) {
        return act(user, id, response, model, () -> questionnaires.revoke(user, id));
    }

    @PostMapping("/questionnaires/{id}/resending")
    @PreAuthorize(Questionnaires.SENDERS)
    String resend(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String dueOn,
            HttpServletResponse response,
            Model model) {
        try {
            SentQuestionnaire sent = questionnaires.resend(user, id, date(dueOn));
            model.addAttribute("sentLink", sent.link());
            model.addAttribute("mailed", sent.mailed());
            return showPage(user, questionnaires.details(user, id), null, model);
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            return showPage(user, questionnaires.details(user, id), refused, model);
        }
    }

    @PostMapping("/questionnaires/{id}/items/{itemId}/acceptance")
    @PreAuthorize(Questionnaires.SENDERS)
    String accept(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String itemId,
            HttpServletResponse response,
            Model model) {
        return act(user, id, response, model, () -> questionnaires.accept(user, id, itemId));
    }

    @PostMapping("/questionnaires/{id}/items/{itemId}/question")
    @PreAuthorize(Questionnaires.SENDERS)
    String question(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String comment,
            HttpServletResponse response,
            Model model) {
        return act(user, id, response, model, () -> questionnaires.question(user, id, itemId, comment));
    }

    @PostMapping("/questionnaires/{id}/items/{itemId}/override")
    @PreAuthorize(Questionnaires.SENDERS)
    String override(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable String reason,
            HttpServletResponse response,
            Model model) {
        return act(
                user,
                id,
                response,
                model,
                () -> questionnaires.override(user, id, itemId, new AnswerInput(status, answer, null, reason, null)));
    }

    @GetMapping("/questionnaires/{id}/evidence/{evidenceId}")
    void evidence(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID evidenceId,
            HttpServletResponse response)
            throws IOException {
        StoredFile file = questionnaires.evidence(user, id, evidenceId);
        FileDownload.write(
                file.file().fileName(),
                file.file().mediaType(),
                file.file().size(),
                file.file().sha256(),
                out -> out.write(file.content()),
                response);
    }

    private String act(SignedInUser user, UUID id, HttpServletResponse response, Model model, Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            return showPage(user, questionnaires.details(user, id), refused, model);
        }
        return "redirect:/questionnaires/" + id;
    }

    private String showPage(
            SignedInUser user, QuestionnaireDetails details, @Nullable RuleViolationException refused, Model model) {
        model.addAttribute("details", details);
        model.addAttribute("release", release(user, details.questionnaire().candidateId()));
        model.addAttribute("statuses", AnswerStatus.values());
        refusal(refused, model);
        return "questionnaire/page";
    }

    private String showForm(
            SignedInUser user,
            Candidate candidate,
            List<String> chosen,
            @Nullable String language,
            @Nullable String contactId,
            @Nullable String dueOn,
            @Nullable String message,
            @Nullable RuleViolationException refused,
            Model model) {
        model.addAttribute("candidate", candidate);
        model.addAttribute(
                "items", candidate.scoping().itemIds().stream().distinct().toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("release", release(user, candidate.id()));
        model.addAttribute(
                "contacts", providers.contacts(user, candidate.facts().providerId()));
        model.addAttribute("language", language == null ? "ja" : language);
        model.addAttribute("contactId", contactId);
        model.addAttribute("dueOn", dueOn);
        model.addAttribute("message", message);
        model.addAttribute("graceDays", questionnaires.graceDays(user));
        refusal(refused, model);
        return "questionnaire/new";
    }

    private static void refusal(@Nullable RuleViolationException refused, Model model) {
        if (refused != null) {
            model.addAttribute("refusal", refused.messageCode());
            model.addAttribute("refusalArguments", refused.arguments());
            model.addAttribute("refusalField", refused.field());
        }
    }

    private @Nullable CatalogRelease release(SignedInUser user, UUID candidateId) {
        return candidates
                .candidate(user, candidateId)
                .flatMap(candidate ->
                        assessments.release(user, candidate.scoping().release()))
                .orElse(null);
    }

    private Candidate candidate(SignedInUser user, UUID candidateId) {
        return candidates
                .candidate(user, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "contactId", "questionnaire.error.contactNeeded");
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "dueOn", "questionnaire.error.dueNeeded");
        }
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
