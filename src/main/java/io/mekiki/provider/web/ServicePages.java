package io.mekiki.provider.web;

import io.mekiki.provider.CloudService;
import io.mekiki.provider.Deployment;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ProviderRuleViolation;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.shared.Countries;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/services")
class ServicePages {

    private static final int PAGE_SIZE = 50;

    private final ServiceRegister register;
    private final ProviderRegister providers;

    ServicePages(ServiceRegister register, ProviderRegister providers) {
        this.register = register;
        this.providers = providers;
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
        model.addAttribute("results", register.search(user, text, null, page, PAGE_SIZE));
        model.addAttribute("countryNames", Countries.names(locale));
        response.setHeader("Vary", "HX-Request");
        boolean liveSearch = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return liveSearch ? "provider/services :: results" : "provider/services";
    }

    @GetMapping("/new")
    @PreAuthorize(ProviderRegister.EDITORS)
    String newService(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) UUID providerId,
            Model model,
            Locale locale) {
        ServiceForm form = new ServiceForm();
        form.setProviderId(providerId);
        model.addAttribute("form", form);
        return form(user, model, null, locale);
    }

    @PostMapping
    @PreAuthorize(ProviderRegister.EDITORS)
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") ServiceForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CloudService service = register.record(user, form.details());
                redirect.addFlashAttribute("notice", "provider.service.recorded");
                return "redirect:/services/" + service.id();
            } catch (RuleViolationException violation) {
                FormErrors.reject(violation, errors, Set.of("version"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(user, model, null, locale);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("service", register.service(user, id));
        model.addAttribute("countryNames", Countries.names(locale));
        return "provider/service";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ProviderRegister.EDITORS)
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model, Locale locale) {
        CloudService service = register.service(user, id);
        model.addAttribute("form", ServiceForm.of(service));
        return form(user, model, service, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize(ProviderRegister.EDITORS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ServiceForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CloudService current = register.service(user, id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                register.revise(user, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("notice", "provider.service.saved");
                return "redirect:/services/" + id;
            } catch (RuleViolationException violation) {
                if (violation instanceof ProviderRuleViolation refusal && refusal.isStale()) {
                    current = register.service(user, id);
                    form.setVersion(current.version());
                    status = HttpStatus.CONFLICT;
                }
                FormErrors.reject(violation, errors, Set.of("version"));
            }
        }
        response.setStatus(status.value());
        return form(user, model, current, locale);
    }

    private String form(SignedInUser user, Model model, CloudService service, Locale locale) {
        model.addAttribute("service", service);
        model.addAttribute("providers", providers.choices(user));
        model.addAttribute("models", ServiceModel.values());
        model.addAttribute("deployments", Deployment.values());
        model.addAttribute("countries", Countries.all(locale));
        return "provider/service-form";
    }
}
