package io.mekiki.exit.web;

import io.mekiki.contract.DeletionProof;
import io.mekiki.exit.DataSetState;
import io.mekiki.exit.Exit;
import io.mekiki.exit.ExitDossier;
import io.mekiki.exit.ExitInputs;
import io.mekiki.exit.Exits;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exit pages: the list with the form a risk officer starts an exit with (by hand or from a provider's notice),
 * and the exit page with its countdown, what is missing, the plan and its form, the data returns and the return
 * form, the deletion evidence and its form. A refused form comes back with the message on its field.
 */
@Controller
class ExitPages {

    private final Exits exits;
    private final ExitDossier dossiers;
    private final MessageSource messages;

    ExitPages(Exits exits, ExitDossier dossiers, MessageSource messages) {
        this.exits = exits;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @GetMapping("/exits")
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String initiativeId,
            Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("initiativeId", initiativeId);
        return list(user, model, form, Map.of());
    }

    @PostMapping("/exits")
    @PreAuthorize(Exits.OFFICERS)
    String start(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String initiativeId,
            @RequestParam(required = false) @Nullable String noticeReceivedOn,
            @RequestParam(required = false) @Nullable String noticeEffectiveOn,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Exit started = exits.start(user, new ExitInputs.NewExit(initiativeId, noticeReceivedOn, noticeEffectiveOn));
            redirect.addFlashAttribute("notice", message("exit.notice.started", locale, started.title()));
            return "redirect:/exits/" + started.id();
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("initiativeId", initiativeId);
            form.put("noticeReceivedOn", noticeReceivedOn);
            form.put("noticeEffectiveOn", noticeEffectiveOn);
            response.setStatus(violation.pageStatus().value());
            return list(user, model, form, errors(violation, locale));
        }
    }

    @GetMapping("/exits/{id}")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return page(user, exits.exit(user, id), model, null, Map.of(), Map.of());
    }

    @PostMapping("/exits/{id}/plan")
    @PreAuthorize(Exits.OFFICERS)
    String plan(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<ExitInputs.DataSetInput> sets = new ArrayList<>();
        for (int i = 0; params.containsKey("dataSets[" + i + "].what"); i++) {
            String prefix = "dataSets[" + i + "].";
            if (params.containsKey(prefix + "remove")) {
                continue;
            }
            String what = params.getFirst(prefix + "what");
            String existing = params.getFirst(prefix + "id");
            if ((existing == null || existing.isBlank()) && (what == null || what.isBlank())) {
                continue; // the empty row for a new data set, left empty
            }
            sets.add(new ExitInputs.DataSetInput(
                    existing,
                    what,
                    params.getFirst(prefix + "format"),
                    params.getFirst(prefix + "method"),
                    params.getFirst(prefix + "deadline"),
                    params.getFirst(prefix + "checkerId")));
        }
        String version = params.getFirst("version");
        try {
            exits.revisePlan(
                    user,
                    id,
                    new ExitInputs.Plan(
                            sets,
                            params.getFirst("endsOn"),
                            params.getFirst("deletionMethod"),
                            params.getFirst("deletionProof"),
                            version == null || !version.matches("\\d{1,18}") ? null : Long.valueOf(version)));
            redirect.addFlashAttribute("notice", message("exit.notice.planned", locale));
            return "redirect:/exits/" + id + "#plan";
        } catch (RuleViolationException violation) {
            response.setStatus(violation.pageStatus().value());
            Map<String, Object> form = new LinkedHashMap<>(params.toSingleValueMap());
            return page(user, exits.exit(user, id), model, "plan", form, errors(violation, locale));
        }
    }

    @PostMapping("/exits/{id}/data-returns")
    @PreAuthorize(Exits.OFFICERS)
    String recordReturn(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String dataSetId,
            @RequestParam(required = false) @Nullable String receivedOn,
            @RequestParam(required = false) @Nullable String sizeBytes,
            @RequestParam(required = false) @Nullable String recordCount,
            @RequestParam(required = false) @Nullable String expectedCount,
            @RequestParam(required = false) @Nullable String checksum,
            @RequestParam(required = false) @Nullable String expected,
            @RequestParam(required = false) @Nullable String complete,
            @RequestParam(required = false) @Nullable String missing,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            exits.recordReturn(
                    user,
                    id,
                    new ExitInputs.NewDataReturn(
                            dataSetId,
                            receivedOn,
                            sizeBytes,
                            recordCount,
                            expectedCount,
                            checksum,
                            expected,
                            complete == null || complete.isBlank() ? null : Boolean.valueOf(complete),
                            missing));
            redirect.addFlashAttribute("notice", message("exit.notice.returned", locale));
            return "redirect:/exits/" + id + "#returns";
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("dataSetId", dataSetId);
            form.put("receivedOn", receivedOn);
            form.put("sizeBytes", sizeBytes);
            form.put("recordCount", recordCount);
            form.put("expectedCount", expectedCount);
            form.put("checksum", checksum);
            form.put("expected", expected);
            form.put("complete", complete);
            form.put("missing", missing);
            response.setStatus(violation.pageStatus().value());
            return page(user, exits.exit(user, id), model, "return", form, errors(violation, locale));
        }
    }

    @PostMapping("/exits/{id}/deletion-evidence")
    @PreAuthorize(Exits.OFFICERS)
    String recordEvidence(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String writtenConfirmation,
            @RequestParam(required = false) @Nullable String accountClosure,
            @RequestParam(required = false) @Nullable String publishedProcess,
            @RequestParam(required = false) @Nullable String assessment,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            exits.recordDeletionEvidence(
                    user,
                    id,
                    new ExitInputs.NewDeletionEvidence(
                            kind, writtenConfirmation, accountClosure, publishedProcess, assessment),
                    "CERTIFICATE".equals(kind) ? ExitApi.upload(file) : null);
            redirect.addFlashAttribute("notice", message("exit.notice.evidenced", locale));
            return "redirect:/exits/" + id + "#deletion";
        } catch (RuleViolationException violation) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("kind", kind);
            form.put("writtenConfirmation", writtenConfirmation);
            form.put("accountClosure", accountClosure);
            form.put("publishedProcess", publishedProcess);
            form.put("assessment", assessment);
            response.setStatus(violation.pageStatus().value());
            return page(user, exits.exit(user, id), model, "evidence", form, errors(violation, locale));
        }
    }

    @GetMapping("/exits/{id}/deletion-evidence/{evidenceId}/certificate")
    void certificate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID evidenceId,
            HttpServletResponse response)
            throws IOException {
        ExitDownloads.certificate(exits.certificate(user, id, evidenceId), response);
    }

    @GetMapping("/exits/{id}/dossier")
    void dossier(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Exit exit = exits.exit(user, id);
        ExitDownloads.dossier(exit, dossiers.zip(user, exit), response);
    }

    /** A refused POST address reloaded shows the exit. */
    @GetMapping({"/exits/{id}/plan", "/exits/{id}/data-returns", "/exits/{id}/deletion-evidence"})
    String formAddress(@PathVariable UUID id) {
        return "redirect:/exits/" + id;
    }

    private String list(SignedInUser user, Model model, Map<String, Object> form, Map<String, String> errors) {
        model.addAttribute("exits", exits.list(user));
        model.addAttribute("choices", user.roleNames().contains("RISK_OFFICER") ? exits.startChoices(user) : List.of());
        model.addAttribute("canStart", user.roleNames().contains("RISK_OFFICER"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "exit/list";
    }

    private String page(
            SignedInUser user,
            Exit exit,
            Model model,
            @Nullable String refusedForm,
            Map<String, Object> form,
            Map<String, String> errors) {
        boolean canEdit = !exit.closed() && user.roleNames().contains("RISK_OFFICER");
        model.addAttribute("exit", exit);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("refusedForm", refusedForm);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("checkers", canEdit ? exits.checkers(user.organizationId()) : List.of());
        model.addAttribute("proofs", DeletionProof.values());
        model.addAttribute(
                "openSets",
                exit.dataSets().stream()
                        .filter(set -> set.state() != DataSetState.COMPLETE)
                        .toList());
        return "exit/page";
    }

    private Map<String, String> errors(RuleViolationException violation, Locale locale) {
        String field = violation.field() == null ? "form" : violation.field();
        return Map.of(field, messages.getMessage(violation.messageCode(), violation.arguments(), locale));
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
