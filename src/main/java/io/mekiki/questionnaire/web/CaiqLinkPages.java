package io.mekiki.questionnaire.web;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.instruction.Upload;
import io.mekiki.questionnaire.ProviderAnswers.ProviderView;
import io.mekiki.questionnaire.internal.caiq.CaiqImport;
import io.mekiki.questionnaire.internal.caiq.CaiqRefused;
import io.mekiki.questionnaire.web.ProviderLinkGuard.Refused;
import io.mekiki.shared.PageLanguage;
import io.mekiki.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CAIQ import on the provider's link page (ADR 042): the workbook becomes draft answers, or the page lists
 * every problem in the questionnaire's language and nothing is saved.
 */
@Controller
class CaiqLinkPages {

    private final ProviderLinkGuard guard;
    private final CaiqImport imports;
    private final CaiqProblems problems;
    private final MessageSource messages;

    CaiqLinkPages(ProviderLinkGuard guard, CaiqImport imports, CaiqProblems problems, MessageSource messages) {
        this.guard = guard;
        this.imports = imports;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping("/q/{token}/caiq")
    String importWorkbook(
            @PathVariable String token,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        ProviderView view = guard.resolve(token, request);
        request.setAttribute(PageLanguage.ATTRIBUTE, view.questionnaire().locale());
        Upload upload = new Upload(
                file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        try {
            CaiqImport.Imported imported = imports.byProvider(view, upload);
            return "redirect:/q/" + token + "?caiqDrafts=" + imported.drafts().size() + "&caiqRead="
                    + imported.answered() + "&caiqUsed=" + imported.used() + "&caiqNotAsked="
                    + imported.notAsked().size() + "#caiq-import";
        } catch (CaiqRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "caiqSummary",
                    problems.summary(refused, view.questionnaire().locale()));
            model.addAttribute(
                    "caiqProblems",
                    problems.sentences(refused, view.questionnaire().locale()));
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            model.addAttribute(
                    "caiqSummary",
                    messages.getMessage(
                            refused.messageCode(),
                            refused.arguments(),
                            refused.messageCode(),
                            view.questionnaire().locale()));
            model.addAttribute("caiqProblems", List.of());
        }
        return show(token, guard.resolve(token, request), model);
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(refused.status().value());
        if (refused.language() != null) {
            request.setAttribute(PageLanguage.ATTRIBUTE, refused.language());
        }
        model.addAttribute("reason", refused.reason());
        model.addAttribute("status", refused.status().value());
        return "questionnaire/refused";
    }

    /** The link page as its own controller shows it, with the import's refusal in the import's section. */
    private static String show(String token, ProviderView view, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("view", view);
        model.addAttribute("posted", Map.of());
        model.addAttribute("error", null);
        model.addAttribute("statuses", AnswerStatus.values());
        return "questionnaire/link";
    }
}
