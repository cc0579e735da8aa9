package io.mekiki.provider.web;

import io.mekiki.identity.Members;
import io.mekiki.provider.Attestation;
import io.mekiki.provider.AttestationParts;
import io.mekiki.provider.Attestations;
import io.mekiki.provider.Attestations.ControlInput;
import io.mekiki.provider.Attestations.ExceptionInput;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The page of one attestation report: its date and services in scope, bridge letters, exceptions noted and
 * complementary user-entity controls with who performs them, recorded by editors; and the organisation's notice
 * days before an attestation ends. A refused form is shown again with the reason beside it, nothing changed.
 */
@Controller
class AttestationPages {

    private static final String PAGE = "/providers/{id}/attestations/{attestationId}";

    private final ProviderRegister register;
    private final Attestations attestations;
    private final ServiceRegister services;
    private final Members members;
    private final MessageSource messages;

    AttestationPages(
            ProviderRegister register,
            Attestations attestations,
            ServiceRegister services,
            Members members,
            MessageSource messages) {
        this.register = register;
        this.attestations = attestations;
        this.services = services;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            Model model) {
        return fill(user, id, attestationId, model, null, null, Map.of());
    }

    @PostMapping(PAGE + "/scope")
    @PreAuthorize(ProviderRegister.EDITORS)
    String scope(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @RequestParam(required = false) @Nullable String reportDate,
            @RequestParam(required = false) @Nullable List<UUID> serviceIds,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                id,
                attestationId,
                "scope",
                Map.of("reportDate", text(reportDate)),
                model,
                locale,
                response,
                redirect,
                () -> attestations.setScope(user, id, attestationId, date("reportDate", reportDate), serviceIds));
    }

    @PostMapping(PAGE + "/bridge-letters")
    @PreAuthorize(ProviderRegister.EDITORS)
    String addBridgeLetter(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @RequestParam(required = false) @Nullable String coversUntil,
            @RequestParam(required = false) @Nullable String issuedOn,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                id,
                attestationId,
                "bridge",
                Map.of("coversUntil", text(coversUntil), "issuedOn", text(issuedOn)),
                model,
                locale,
                response,
                redirect,
                () -> attestations.addBridgeLetter(
                        user, id, attestationId, date("coversUntil", coversUntil), date("issuedOn", issuedOn)));
    }

    @PostMapping(PAGE + "/bridge-letters/{letterId}/remove")
    @PreAuthorize(ProviderRegister.EDITORS)
    String removeBridgeLetter(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID letterId,
            RedirectAttributes redirect) {
        attestations.removeBridgeLetter(user, id, attestationId, letterId);
        return saved(id, attestationId, redirect);
    }

    @PostMapping(PAGE + "/exceptions")
    @PreAuthorize(ProviderRegister.EDITORS)
    String noteException(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @RequestParam(required = false) @Nullable String control,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String response,
            Model model,
            Locale locale,
            HttpServletResponse http,
            RedirectAttributes redirect) {
        return act(
                user,
                id,
                attestationId,
                "exception",
                Map.of("control", text(control), "description", text(description), "response", text(response)),
                model,
                locale,
                http,
                redirect,
                () -> attestations.noteException(
                        user, id, attestationId, new ExceptionInput(control, description, response)));
    }

    @PostMapping(PAGE + "/exceptions/{exceptionId}/remove")
    @PreAuthorize(ProviderRegister.EDITORS)
    String removeException(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID exceptionId,
            RedirectAttributes redirect) {
        attestations.removeException(user, id, attestationId, exceptionId);
        return saved(id, attestationId, redirect);
    }

    @PostMapping(PAGE + "/user-entity-controls")
    @PreAuthorize(ProviderRegister.EDITORS)
    String addControl(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @RequestParam(required = false) @Nullable String control,
            @RequestParam(required = false) @Nullable String personId,
            @RequestParam(required = false) @Nullable String ourControl,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                user,
                id,
                attestationId,
                "cuec",
                Map.of("control", text(control), "personId", text(personId), "ourControl", text(ourControl)),
                model,
                locale,
                response,
                redirect,
                () -> attestations.addControl(
                        user, id, attestationId, new ControlInput(control, person(personId), ourControl)));
    }

    @PostMapping(PAGE + "/user-entity-controls/{controlId}/remove")
    @PreAuthorize(ProviderRegister.EDITORS)
    String removeControl(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID controlId,
            RedirectAttributes redirect) {
        attestations.removeControl(user, id, attestationId, controlId);
        return saved(id, attestationId, redirect);
    }

    // notice days

    @GetMapping("/attestations/notices")
    String notices(@AuthenticationPrincipal SignedInUser user, Model model) {
        return notices(user, model, null, null);
    }

    @PostMapping("/attestations/notices")
    @PreAuthorize(Attestations.SETTERS)
    String setNotices(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String offsets,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            attestations.setNoticeOffsets(user, offsets(offsets));
            redirect.addFlashAttribute("notice", "provider.attestation.notices.saved");
            return "redirect:/attestations/notices";
        } catch (RuleViolationException violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return notices(user, model, offsets, message(violation, locale));
        }
    }

    private String notices(SignedInUser user, Model model, @Nullable String typed, @Nullable String problem) {
        List<Integer> offsets = attestations.noticeOffsets(user.organizationId());
        model.addAttribute(
                "offsets",
                typed != null
                        ? typed
                        : String.join(
                                ", ", offsets.stream().map(String::valueOf).toList()));
        model.addAttribute("problem", problem);
        model.addAttribute(
                "setter",
                user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("ADMIN"));
        return "provider/notices";
    }

    /** Days separated by commas, spaces or Japanese commas; a word that is no number is refused naming its place. */
    private static List<Integer> offsets(@Nullable String typed) {
        List<Integer> days = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return days;
        }
        String[] words = typed.strip().split("[\\s,、，]+");
        for (int i = 0; i < words.length; i++) {
            try {
                days.add(Integer.valueOf(words[i]));
            } catch (NumberFormatException notANumber) {
                throw new RuleViolationException(
                        RuleViolationException.Kind.UNPROCESSABLE,
                        "offsets[" + i + "]",
                        "provider.error.offsetOutOfRange",
                        1,
                        365);
            }
        }
        return days;
    }

    private String act(
            SignedInUser user,
            UUID id,
            UUID attestationId,
            String form,
            Map<String, String> typed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Supplier<?> action) {
        try {
            action.get();
            return saved(id, attestationId, redirect);
        } catch (RuleViolationException violation) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return fill(user, id, attestationId, model, form, message(violation, locale), typed);
        }
    }

    private static String saved(UUID id, UUID attestationId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "provider.attestation.partsSaved");
        return "redirect:/providers/" + id + "/attestations/" + attestationId;
    }

    private String fill(
            SignedInUser user,
            UUID id,
            UUID attestationId,
            Model model,
            @Nullable String refusedForm,
            @Nullable String problem,
            Map<String, String> typed) {
        Attestation attestation = register.attestation(user, id, attestationId);
        AttestationParts parts = attestations.parts(user, id, attestationId);
        Map<UUID, String> people = new LinkedHashMap<>();
        members.active(user.organizationId()).forEach(member -> people.put(member.id(), member.displayName()));
        model.addAttribute("provider", register.provider(user, id));
        model.addAttribute("attestation", attestation);
        model.addAttribute("parts", parts);
        model.addAttribute("services", services.search(user, null, id, 0, 200).items());
        model.addAttribute("people", people);
        model.addAttribute("today", register.today(user.organizationId()));
        model.addAttribute("refusedForm", refusedForm);
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        model.addAttribute(
                "editor",
                user.roleNames().contains("RISK_OFFICER")
                        || user.roleNames().contains("BUSINESS_OWNER")
                        || user.roleNames().contains("ADMIN"));
        return "provider/attestation";
    }

    private String message(RuleViolationException violation, Locale locale) {
        return messages.getMessage(violation.messageCode(), violation.arguments(), violation.messageCode(), locale);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new RuleViolationException(RuleViolationException.Kind.UNPROCESSABLE, field, "provider.error.date");
        }
    }

    private static @Nullable UUID person(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "personId", "provider.error.personUnknown");
        }
    }
}
