package io.mekiki.provider.web;

import io.mekiki.instruction.Upload;
import io.mekiki.provider.AttestationKind;
import io.mekiki.provider.Provider;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ProviderRuleViolation;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.shared.Countries;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/providers")
class ProviderPages {

    private static final int PAGE_SIZE = 50;
    private static final int SERVICES_SHOWN = 200;

    private final ProviderRegister register;
    private final ServiceRegister services;

    ProviderPages(ProviderRegister register, ServiceRegister services) {
        this.register = register;
        this.services = services;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String text = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("results", register.search(user, text, page, PAGE_SIZE));
        model.addAttribute("countryNames", Countries.names(locale));
        response.setHeader("Vary", "HX-Request");
        boolean liveSearch = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return liveSearch ? "provider/list :: results" : "provider/list";
    }

    @GetMapping("/new")
    @PreAuthorize(ProviderRegister.EDITORS)
    String newProvider(Model model, Locale locale) {
        model.addAttribute("form", new ProviderForm());
        return form(model, null, locale);
    }

    @PostMapping
    @PreAuthorize(ProviderRegister.EDITORS)
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Provider provider = register.register(user, form.details());
                redirect.addFlashAttribute("notice", "provider.registered");
                return "redirect:/providers/" + provider.id();
            } catch (RuleViolationException violation) {
                FormErrors.reject(violation, errors, Set.of("version"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, null, locale);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model, Locale locale) {
        return detail(user, id, model, locale, new AttestationForm(), new SubprocessorForm(), new ContactForm(), null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ProviderRegister.EDITORS)
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model, Locale locale) {
        Provider provider = register.provider(user, id);
        model.addAttribute("form", ProviderForm.of(provider));
        return form(model, provider, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize(ProviderRegister.EDITORS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProviderForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Provider current = register.provider(user, id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                register.revise(user, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("notice", "provider.saved");
                return "redirect:/providers/" + id;
            } catch (RuleViolationException violation) {
                if (violation instanceof ProviderRuleViolation refusal && refusal.isStale()) {
                    current = register.provider(user, id);
                    // the editor's input stays on the form; saving again knowingly replaces the newer version
                    form.setVersion(current.version());
                    status = HttpStatus.CONFLICT;
                }
                FormErrors.reject(violation, errors, Set.of("version"));
            }
        }
        response.setStatus(status.value());
        return form(model, current, locale);
    }

    @PostMapping("/{id}/attestations")
    @PreAuthorize(ProviderRegister.EDITORS)
    String addAttestation(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("attestationForm") AttestationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (!errors.hasErrors()) {
            try {
                register.addAttestation(user, id, form.details(), upload(form.getDocument()));
                redirect.addFlashAttribute("notice", "provider.attestationAdded");
                return "redirect:/providers/" + id + "#attestations";
            } catch (RuleViolationException violation) {
                FormErrors.reject(violation, errors, Set.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(user, id, model, locale, form, new SubprocessorForm(), new ContactForm(), "attestation");
    }

    @PostMapping("/{id}/attestations/{attestationId}/remove")
    @PreAuthorize(ProviderRegister.EDITORS)
    String removeAttestation(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            RedirectAttributes redirect) {
        register.removeAttestation(user, id, attestationId);
        redirect.addFlashAttribute("notice", "provider.attestationRemoved");
        return "redirect:/providers/" + id + "#attestations";
    }

    @GetMapping("/{id}/attestations/{attestationId}/document")
    void document(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            HttpServletResponse response)
            throws IOException {
        var document = register.document(user, id, attestationId);
        FileDownload.write(
                document.document().fileName(),
                document.document().mediaType(),
                document.document().size(),
                document.document().sha256(),
                document.content()::writeTo,
                response);
    }

    @PostMapping("/{id}/subprocessors")
    @PreAuthorize(ProviderRegister.EDITORS)
    String addSubprocessor(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("subprocessorForm") SubprocessorForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                register.addSubprocessor(user, id, form.details());
                redirect.addFlashAttribute("notice", "provider.subprocessorAdded");
                return "redirect:/providers/" + id + "#subprocessors";
            } catch (RuleViolationException violation) {
                FormErrors.reject(violation, errors, Set.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(user, id, model, locale, new AttestationForm(), form, new ContactForm(), "subprocessor");
    }

    @PostMapping("/{id}/subprocessors/{subprocessorId}/remove")
    @PreAuthorize(ProviderRegister.EDITORS)
    String removeSubprocessor(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID subprocessorId,
            RedirectAttributes redirect) {
        register.removeSubprocessor(user, id, subprocessorId);
        redirect.addFlashAttribute("notice", "provider.subprocessorRemoved");
        return "redirect:/providers/" + id + "#subprocessors";
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize(ProviderRegister.EDITORS)
    String addContact(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                register.addContact(user, id, form.details());
                redirect.addFlashAttribute("notice", "provider.contactAdded");
                return "redirect:/providers/" + id + "#contacts";
            } catch (RuleViolationException violation) {
                FormErrors.reject(violation, errors, Set.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detail(user, id, model, locale, new AttestationForm(), new SubprocessorForm(), form, "contact");
    }

    @PostMapping("/{id}/contacts/{contactId}/remove")
    @PreAuthorize(ProviderRegister.EDITORS)
    String removeContact(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID contactId,
            RedirectAttributes redirect) {
        register.removeContact(user, id, contactId);
        redirect.addFlashAttribute("notice", "provider.contactRemoved");
        return "redirect:/providers/" + id + "#contacts";
    }

    private String detail(
            SignedInUser user,
            UUID id,
            Model model,
            Locale locale,
            AttestationForm attestationForm,
            SubprocessorForm subprocessorForm,
            ContactForm contactForm,
            String openForm) {
        model.addAttribute("openForm", openForm);
        model.addAttribute("provider", register.provider(user, id));
        model.addAttribute("attestations", register.attestations(user, id));
        model.addAttribute("subprocessors", register.subprocessors(user, id));
        model.addAttribute("contacts", register.contacts(user, id));
        model.addAttribute("services", services.search(user, null, id, 0, SERVICES_SHOWN));
        model.addAttribute("today", register.today(user.organizationId()));
        model.addAttribute("kinds", AttestationKind.values());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("countryNames", Countries.names(locale));
        model.addAttribute("attestationForm", attestationForm);
        model.addAttribute("subprocessorForm", subprocessorForm);
        model.addAttribute("contactForm", contactForm);
        return "provider/detail";
    }

    private static String form(Model model, Provider provider, Locale locale) {
        model.addAttribute("provider", provider);
        model.addAttribute("countries", Countries.all(locale));
        return "provider/form";
    }

    /** The chosen file; none when the user left the file input empty. */
    private static Upload upload(MultipartFile file) throws IOException {
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        return new Upload(file.getOriginalFilename(), file.getBytes());
    }
}
