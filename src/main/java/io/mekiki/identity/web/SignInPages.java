package io.mekiki.identity.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.identity.OrganizationSetup;
import io.mekiki.identity.OrganizationSetup.SetupRequest;
import io.mekiki.identity.PasswordPolicy;
import io.mekiki.identity.Role;
import io.mekiki.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, the one-time first-run setup and account activation: the pages anyone may open. */
@Controller
class SignInPages {

    private final OrganizationSetup setup;
    private final MyAccount accounts;

    SignInPages(OrganizationSetup setup, MyAccount accounts) {
        this.setup = setup;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String throttled, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (throttled != null) {
            model.addAttribute("retryAfter", RetryAfter.message(seconds(throttled)));
        }
        return "identity/login";
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @GetMapping("/setup")
    String setupForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!setup.acceptsSetupToken(token)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "identity/setup-unavailable";
        }
        model.addAttribute("form", SetupForm.empty());
        model.addAttribute("token", token);
        model.addAttribute("roles", selectableRoles());
        return "identity/setup";
    }

    @PostMapping("/setup")
    String completeSetup(
            @RequestParam(required = false) String token,
            @Valid @ModelAttribute("form") SetupForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!setup.acceptsSetupToken(token)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "identity/setup-unavailable";
        }
        checkPasswords(form.password(), form.passwordConfirmation(), form.email(), errors);
        if (!errors.hasErrors()) {
            try {
                setup.completeSetup(
                        new SetupRequest(
                                form.organizationName(),
                                form.adminName(),
                                form.email(),
                                form.password(),
                                form.roles() == null ? EnumSet.noneOf(Role.class) : form.roles(),
                                locale),
                        token);
                redirect.addFlashAttribute("setupDone", true);
                return "redirect:/login";
            } catch (RuleViolationException violation) {
                errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("token", token);
        model.addAttribute("roles", selectableRoles());
        return "identity/setup";
    }

    @GetMapping("/activate")
    String activationForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        var user = accounts.pendingActivation(token);
        if (user.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "identity/activation-unavailable";
        }
        model.addAttribute("token", token);
        model.addAttribute("email", user.get().email());
        model.addAttribute("form", new ActivationForm("", ""));
        return "identity/activate";
    }

    @PostMapping("/activate")
    String activate(
            @RequestParam(required = false) String token,
            @Valid @ModelAttribute("form") ActivationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var user = accounts.pendingActivation(token);
        if (user.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "identity/activation-unavailable";
        }
        checkPasswords(form.password(), form.passwordConfirmation(), user.get().email(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.activate(token, form.password());
                redirect.addFlashAttribute("activated", true);
                return "redirect:/login";
            } catch (RuleViolationException violation) {
                errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("token", token);
        model.addAttribute("email", user.get().email());
        return "identity/activate";
    }

    static void checkPasswords(String password, String confirmation, String email, BindingResult errors) {
        if (errors.hasFieldErrors("password")) {
            return;
        }
        try {
            PasswordPolicy.check(password, email);
        } catch (RuleViolationException violation) {
            errors.rejectValue("password", violation.messageCode(), violation.arguments(), violation.messageCode());
            return;
        }
        if (!password.equals(confirmation)) {
            errors.rejectValue("passwordConfirmation", "identity.error.passwordMismatch");
        }
    }

    static Set<Role> selectableRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.ADMIN));
    }

    record SetupForm(
            @NotBlank @Size(max = 200) String organizationName,
            @NotBlank @Size(max = 100) String adminName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String password,
            @Size(max = PasswordPolicy.INPUT_MAX) String passwordConfirmation,
            Set<Role> roles) {
        static SetupForm empty() {
            return new SetupForm("", "", "", "", "", EnumSet.of(Role.EXECUTIVE));
        }
    }

    record ActivationForm(
            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String password,
            @Size(max = PasswordPolicy.INPUT_MAX) String passwordConfirmation) {}
}
