package io.mekiki.selection.web;

import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.provider.ResultPage;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.provider.ServiceRow;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.CandidateScoping;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a candidate (with a search of the services), a candidate's scoping page, and its withdrawal. */
@Controller
class CandidatePages {

    private static final int PAGE_SIZE = 50;

    private final Candidates candidates;
    private final Initiatives initiatives;
    private final ServiceRegister services;
    private final CatalogReleases releases;

    CandidatePages(Candidates candidates, Initiatives initiatives, ServiceRegister services, CatalogReleases releases) {
        this.candidates = candidates;
        this.initiatives = initiatives;
        this.services = services;
        this.releases = releases;
    }

    @GetMapping("/initiatives/{id}/candidates/new")
    @PreAuthorize(Candidates.EDITORS)
    String newCandidate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("candidateForm", new CandidateForm());
        return choose(user, id, q, page, model);
    }

    @PostMapping("/initiatives/{id}/candidates")
    @PreAuthorize(Candidates.EDITORS)
    String add(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("candidateForm") CandidateForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                Candidate candidate = candidates.add(user, id, Objects.requireNonNull(form.getServiceId()));
                redirect.addFlashAttribute("notice", "selection.notice.added");
                return "redirect:/initiatives/" + id + "/candidates/" + candidate.id();
            } catch (RuleViolationException refused) {
                reject(refused, errors);
                if (refused.kind() == RuleViolationException.Kind.CONFLICT) {
                    status = HttpStatus.CONFLICT;
                }
            }
        }
        response.setStatus(status.value());
        return choose(user, id, null, 0, model);
    }

    @GetMapping("/initiatives/{id}/candidates/{candidateId}")
    String candidate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            Model model,
            Locale locale) {
        model.addAttribute("withdrawalForm", new WithdrawalForm());
        return candidatePage(user, id, candidateId, model, locale);
    }

    @PostMapping("/initiatives/{id}/candidates/{candidateId}/withdrawal")
    @PreAuthorize(Candidates.EDITORS)
    String withdraw(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                candidates.withdraw(user, id, candidateId, Objects.requireNonNull(form.getReason()));
                redirect.addFlashAttribute("notice", "selection.notice.withdrawn");
                return "redirect:/initiatives/" + id + "/candidates/" + candidateId;
            } catch (RuleViolationException refused) {
                reject(refused, errors);
                if (refused.kind() == RuleViolationException.Kind.CONFLICT) {
                    status = HttpStatus.CONFLICT;
                }
            }
        }
        response.setStatus(status.value());
        model.addAttribute("withdrawalRefused", true);
        return candidatePage(user, id, candidateId, model, locale);
    }

    @PostMapping("/initiatives/{id}/candidates/{candidateId}/rescoping")
    @PreAuthorize(Candidates.EDITORS)
    String rescope(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            RedirectAttributes redirect) {
        try {
            candidates.rescope(user, id, candidateId);
            redirect.addFlashAttribute("notice", "selection.notice.rescoped");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("refusal", refused.messageCode());
        }
        return "redirect:/initiatives/" + id + "/candidates/" + candidateId + "#scoping";
    }

    /** The address the audit ledger links a candidate with. */
    @GetMapping("/candidates/{candidateId}")
    String byId(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId) {
        Candidate candidate = candidates
                .candidate(user, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
        return "redirect:/initiatives/" + candidate.initiativeId() + "/candidates/" + candidateId;
    }

    private String choose(SignedInUser user, UUID id, String q, int page, Model model) {
        Initiative initiative = initiatives.initiative(user, id);
        String text = q == null || q.isBlank() ? null : q.strip();
        ResultPage<ServiceRow> found = services.search(user, text, null, page, PAGE_SIZE);
        Set<UUID> taken = candidates.candidates(user, id).stream()
                .filter(Candidate::open)
                .map(Candidate::serviceId)
                .collect(Collectors.toSet());
        model.addAttribute("initiative", initiative);
        model.addAttribute("choosing", Candidates.CHOOSING.contains(initiative.phase()));
        model.addAttribute("q", text);
        model.addAttribute("results", found);
        model.addAttribute("taken", taken);
        return "selection/new";
    }

    private String candidatePage(SignedInUser user, UUID id, UUID candidateId, Model model, Locale locale) {
        CandidateScoping scoping = candidates.scoping(user, id, candidateId);
        Candidate candidate = scoping.candidate();
        Initiative initiative = initiatives.initiative(user, id);
        model.addAttribute("initiative", initiative);
        model.addAttribute("candidate", candidate);
        model.addAttribute("row", CandidateRow.of(candidate, locale));
        model.addAttribute("record", scoping.record());
        model.addAttribute("itemTitles", itemTitles(user, candidate, locale));
        model.addAttribute("choosing", Candidates.CHOOSING.contains(initiative.phase()));
        return "selection/candidate";
    }

    private Map<String, String> itemTitles(SignedInUser user, Candidate candidate, Locale locale) {
        Map<String, String> titles = new HashMap<>();
        try {
            for (CheckItem item : releases.release(
                            user.organizationId(), candidate.scoping().release())
                    .items()) {
                titles.put(item.id(), item.title().in(locale));
            }
        } catch (NotFoundException releaseGone) {
            // the ids alone are still shown
        }
        return titles;
    }

    private static void reject(RuleViolationException refused, BindingResult errors) {
        if (refused.field() != null) {
            errors.rejectValue(refused.field(), refused.messageCode(), refused.arguments(), refused.messageCode());
        } else {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
        }
    }
}
