package io.mekiki.decision.web;

import io.mekiki.decision.ConditionsUnmetException;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionReader;
import io.mekiki.decision.DecisionRuleViolation;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.ReturnPaths;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/decisions")
class DecisionPages {

    private static final String EXECUTIVE = "EXECUTIVE";

    private final Decisions decisions;
    private final DecisionReader reader;
    private final MessageSource messages;
    private final AttachmentRules attachmentRules;

    DecisionPages(Decisions decisions, DecisionReader reader, MessageSource messages, AttachmentRules attachmentRules) {
        this.attachmentRules = attachmentRules;
        this.decisions = decisions;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String requestedBy,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String stale,
            @RequestParam(required = false) String subjectType,
            Locale locale,
            Model model) {
        ListFilter filter = ListFilter.of(subject, topic, requestedBy, state, status, stale, subjectType);
        if (user.roleNames().contains(EXECUTIVE)) {
            model.addAttribute(
                    "waitingForMe",
                    reader.listed(
                            user.organizationId(),
                            decisions.waiting(user.organizationId()).stream()
                                    .filter(decision -> !decision.requestedBy().equals(user.userId()))
                                    .toList(),
                            locale));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("choices", reader.choices(user, locale));
        model.addAttribute("decisions", reader.search(user, filter.query(), locale));
        return "decision/list";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("decideForm", new DecideForm());
        return show(user, id, locale, model);
    }

    /**
     * A new request on the same subject and topic, prefilled from the decision (its wording and evidence,
     * and the topic's usual options), resting on the subject's basis as it is now.
     */
    @GetMapping("/{id}/request-again")
    String requestAgain(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale, Model model) {
        if (!mayRequest(user)) {
            throw new AccessDeniedException("Only risk officers and business owners request decisions");
        }
        DecisionReader.Paper paper = reader.paper(user, id, locale);
        Decision decision = paper.decision();
        RequestForm form = new RequestForm();
        form.setSubjectType(decision.subject().type());
        form.setSubjectId(decision.subject().id().toString());
        form.setTopic(decision.topic());
        form.setTitle(decision.title());
        form.setProposal(decision.proposal());
        form.setOptions(String.join("\n", paper.topicOptions().isEmpty() ? decision.options() : paper.topicOptions()));
        form.setEvidence(String.join(
                "\n",
                decision.evidence().stream()
                        .filter(link -> link.file() == null) // a file goes with the request it was uploaded to
                        .map(link -> link.label().equals(link.reference())
                                ? link.reference()
                                : link.reference() + " " + link.label())
                        .toList()));
        form.setOpenDecision(true);
        model.addAttribute("paper", paper);
        model.addAttribute("decision", decision);
        model.addAttribute("prefilled", form);
        return "decision/request-again";
    }

    /** The request form embedded in other modules' pages posts here and is sent back where it came from. */
    @PostMapping
    String request(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute RequestForm form,
            @RequestParam(name = "evidenceFiles", required = false) @Nullable List<MultipartFile> files,
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
            Decision requested =
                    decisions.request(user, form.newDecision(), EvidenceUploads.of(files == null ? List.of() : files));
            String path = "/decisions/" + requested.id();
            if (form.isOpenDecision()) {
                redirect.addFlashAttribute("notice", "decision.notice.requested");
                return "redirect:" + path;
            }
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
                    new RequestOutcome(
                            true, message(violation, locale), RequestForm.formField(violation.field()), form, null));
        } catch (RuleViolationException refused) {
            // an unknown subject, a link that leads nowhere, or a file the attachment rules refuse
            redirect.addFlashAttribute(
                    RequestOutcome.ATTRIBUTE,
                    new RequestOutcome(
                            true,
                            messages.getMessage(refused.messageCode(), refused.arguments(), locale),
                            RequestForm.formField(refused.field()),
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
            response.setStatus(violation.pageStatus().value());
        }
        return show(user, id, locale, model);
    }

    /** The requester adds a file to the evidence of their open request. */
    @PostMapping("/{id}/evidence")
    String addEvidence(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        List<Upload> uploads = EvidenceUploads.of(file == null ? List.of() : List.of(file));
        try {
            decisions.addEvidence(user, id, uploads.isEmpty() ? null : uploads.get(0));
            redirect.addFlashAttribute("notice", "decision.notice.evidenceAdded");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("evidenceProblem", message(refused, locale));
        }
        return "redirect:/decisions/" + id + "#evidence";
    }

    /** An uploaded evidence file, as a download (any member of the organisation). */
    @GetMapping("/{id}/evidence/{fileId}")
    void evidenceFile(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            HttpServletResponse response)
            throws IOException {
        EvidenceUploads.download(decisions.evidenceFile(user, id, fileId), response);
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

    private String show(SignedInUser user, UUID id, Locale locale, Model model) {
        DecisionReader.Paper paper = reader.paper(user, id, locale);
        Decision decision = paper.decision();
        boolean executive = user.roleNames().contains(EXECUTIVE);
        boolean requester = decision.requestedBy().equals(user.userId());
        model.addAttribute("paper", paper);
        model.addAttribute("decision", decision);
        model.addAttribute("subjectPath", paper.subjectPath());
        model.addAttribute("canDecide", executive && !requester && decision.status() == DecisionStatus.REQUESTED);
        model.addAttribute("ownRequest", requester && decision.status() == DecisionStatus.REQUESTED);
        model.addAttribute("canMarkDone", executive || requester);
        model.addAttribute(
                "canRequestAgain",
                mayRequest(user)
                        && decision.stale()
                        && decisions.ofSubject(user.organizationId(), decision.subject()).stream()
                                .noneMatch(other -> other.topic().equals(decision.topic())
                                        && other.status() == DecisionStatus.REQUESTED));
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("maxMegabytes", attachmentRules.maxMegabytes());
        model.addAttribute(
                "linkable",
                decision.evidence().stream()
                        .map(link -> EvidenceLinks.linkable(link.reference()))
                        .toList());
        return "decision/detail";
    }

    private static boolean mayRequest(SignedInUser user) {
        return user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("BUSINESS_OWNER");
    }

    private String message(RuleViolationException refused, Locale locale) {
        return messages.getMessage(refused.messageCode(), refused.arguments(), refused.messageCode(), locale);
    }

    private String message(DecisionRuleViolation violation, Locale locale) {
        if (violation instanceof ConditionsUnmetException unmet) {
            return unmet.message(messages, locale);
        }
        return messages.getMessage(violation.messageCode(), violation.arguments(), violation.messageCode(), locale);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
