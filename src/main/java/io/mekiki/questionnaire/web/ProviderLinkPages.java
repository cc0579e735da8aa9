package io.mekiki.questionnaire.web;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.instruction.Upload;
import io.mekiki.questionnaire.DraftAnswer;
import io.mekiki.questionnaire.ProviderAnswers;
import io.mekiki.questionnaire.ProviderAnswers.ProviderView;
import io.mekiki.questionnaire.QuestionnaireItem;
import io.mekiki.questionnaire.internal.QuestionnaireStore.StoredFile;
import io.mekiki.questionnaire.web.ProviderLinkGuard.Refused;
import io.mekiki.shared.PageLanguage;
import io.mekiki.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The provider's pages under its questionnaire's link (ADR 041): answers per item with drafts, evidence files and
 * submission, in the questionnaire's language; nothing of the organisation beyond the questionnaire itself. A
 * wrong, revoked, expired or throttled link shows only a plain page saying so.
 */
@Controller
class ProviderLinkPages {

    private final ProviderLinkGuard guard;
    private final ProviderAnswers answers;
    private final MessageSource messages;

    ProviderLinkPages(ProviderLinkGuard guard, ProviderAnswers answers, MessageSource messages) {
        this.guard = guard;
        this.answers = answers;
        this.messages = messages;
    }

    @GetMapping("/q/{token}")
    String page(@PathVariable String token, HttpServletRequest request, Model model) {
        ProviderView view = open(token, request);
        answers.opened(view.questionnaire().id());
        if (request.getParameter("saved") != null) {
            model.addAttribute("notice", "questionnaire.link.saved");
        } else if (request.getParameter("submitted") != null) {
            model.addAttribute("notice", "questionnaire.link.submitted");
        } else if (request.getParameter("attached") != null) {
            model.addAttribute("notice", "questionnaire.link.attached");
        }
        return show(token, view, Map.of(), null, model);
    }

    /** Saves every answer of the form as a draft; with {@code action=submit} submits them too. */
    @PostMapping("/q/{token}/answers")
    String save(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ProviderView view = open(token, request);
        List<DraftAnswer> drafts = new ArrayList<>();
        Map<String, String[]> posted = new LinkedHashMap<>();
        for (QuestionnaireItem item : view.items()) {
            if (!view.editable().contains(item.itemId())) {
                continue;
            }
            String status = form.getFirst("status:" + item.itemId());
            String text = form.getFirst("answer:" + item.itemId());
            if (status == null && text == null) {
                continue;
            }
            posted.put(item.itemId(), new String[] {status, text});
            AnswerStatus parsed = null;
            if (status != null && !status.isBlank()) {
                try {
                    parsed = AnswerStatus.valueOf(status);
                } catch (IllegalArgumentException unknown) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return show(token, view, posted, message("questionnaire.error.status", view), model);
                }
            }
            drafts.add(new DraftAnswer(item.itemId(), parsed, text));
        }
        try {
            answers.saveDrafts(view.questionnaire().id(), drafts);
            if ("submit".equals(form.getFirst("action"))) {
                answers.submit(view.questionnaire().id());
                return "redirect:/q/" + token + "?submitted";
            }
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            return show(token, answers(token, request), posted, refusal(refused, view), model);
        }
        return "redirect:/q/" + token + "?saved";
    }

    @PostMapping("/q/{token}/items/{itemId}/evidence")
    String attach(
            @PathVariable String token,
            @PathVariable String itemId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        ProviderView view = open(token, request);
        try {
            answers.addEvidence(
                    view.questionnaire().id(),
                    itemId,
                    new Upload(
                            file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                            file == null ? new byte[0] : file.getBytes()));
        } catch (RuleViolationException refused) {
            response.setStatus(refused.apiStatus().value());
            return show(token, view, Map.of(), refusal(refused, view), model);
        }
        return "redirect:/q/" + token + "?attached#item-" + itemId;
    }

    @GetMapping("/q/{token}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(
            @PathVariable String token, @PathVariable UUID evidenceId, HttpServletRequest request) {
        ProviderView view = open(token, request);
        StoredFile file = answers.evidence(view.questionnaire().id(), evidenceId)
                .orElseThrow(() -> new Refused(org.springframework.http.HttpStatus.NOT_FOUND, "unknown", null));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.file().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.file().mediaType()))
                .body(file.content());
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

    private ProviderView open(String token, HttpServletRequest request) {
        ProviderView view = guard.resolve(token, request);
        request.setAttribute(PageLanguage.ATTRIBUTE, view.questionnaire().locale());
        return view;
    }

    private ProviderView answers(String token, HttpServletRequest request) {
        return guard.resolve(token, request);
    }

    private String show(
            String token, ProviderView view, Map<String, String[]> posted, @Nullable String error, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("view", view);
        model.addAttribute("posted", posted);
        model.addAttribute("error", error);
        model.addAttribute("statuses", AnswerStatus.values());
        return "questionnaire/link";
    }

    private String refusal(RuleViolationException refused, ProviderView view) {
        return messages.getMessage(
                refused.messageCode(),
                refused.arguments(),
                refused.messageCode(),
                view.questionnaire().locale());
    }

    private String message(String code, ProviderView view) {
        return messages.getMessage(code, null, code, view.questionnaire().locale());
    }

    static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }
}
