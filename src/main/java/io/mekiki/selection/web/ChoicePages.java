package io.mekiki.selection.web;

import io.mekiki.selection.CandidateChoices;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of the candidates panel that choose a candidate or clear the choice. */
@Controller
class ChoicePages {

    private final CandidateChoices choices;

    ChoicePages(CandidateChoices choices) {
        this.choices = choices;
    }

    @PostMapping("/initiatives/{id}/candidates/{candidateId}/choice")
    @PreAuthorize(CandidateChoices.CHOOSERS)
    String choose(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            RedirectAttributes redirect) {
        try {
            choices.choose(user, id, candidateId);
            redirect.addFlashAttribute("notice", "selection.notice.chosen");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("choiceRefusal", refused.messageCode());
            redirect.addFlashAttribute("choiceRefusalArguments", refused.arguments());
        }
        return "redirect:/initiatives/" + id + "#candidates";
    }

    @PostMapping("/initiatives/{id}/chosen-candidate/clear")
    @PreAuthorize(CandidateChoices.CHOOSERS)
    String clear(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            choices.clear(user, id);
            redirect.addFlashAttribute("notice", "selection.notice.choiceCleared");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("choiceRefusal", refused.messageCode());
            redirect.addFlashAttribute("choiceRefusalArguments", refused.arguments());
        }
        return "redirect:/initiatives/" + id + "#candidates";
    }
}
