package io.mekiki.identity.web;

import io.mekiki.identity.ApiToken;
import io.mekiki.identity.ApiTokens;
import io.mekiki.identity.ApiTokens.IssuedToken;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.PasswordPolicy;
import io.mekiki.identity.TooManyAttemptsException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, language, password and personal API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

    static final String CURRENT_PASSWORD_WRONG = "identity.error.currentPasswordWrong";
    static final List<String> LANGUAGES = List.of("ja", "en");

    private final MyAccount accounts;
    private final ApiTokens tokens;

    AccountPages(MyAccount accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        checkNewPassword(form, user.email(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(
                        user,
                        form.currentPassword(),
                        form.newPassword(),
                        request.getRemoteAddr(),
                        request.getSession().getId());
                redirect.addFlashAttribute("notice", PageMessage.of("account.notice.passwordChanged"));
                return "redirect:/account#password";
            } catch (TooManyAttemptsException throttled) {
                PageMessage wait = RetryAfter.message(throttled.retryAfterSeconds());
                errors.rejectValue("currentPassword", wait.code(), wait.args(), wait.code());
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return page(user, model);
            } catch (RuleViolationException violation) {
                if (CURRENT_PASSWORD_WRONG.equals(violation.messageCode())) {
                    errors.rejectValue(
                            "currentPassword", violation.messageCode(), violation.arguments(), violation.messageCode());
                } else {
                    errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(user, model);
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                IssuedToken issued = tokens.issue(user, form.tokenName());
                // Flashed, not rendered: a reload of the page must not show the secret again.
                redirect.addFlashAttribute("issuedToken", new ShownOnce(issued.name(), issued.token()));
                return "redirect:/account#tokens";
            } catch (RuleViolationException violation) {
                errors.rejectValue(
                        "tokenName", violation.messageCode(), violation.arguments(), violation.messageCode());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ApiToken revoked = tokens.revoke(user, id);
            redirect.addFlashAttribute("notice", PageMessage.of("account.notice.tokenRevoked", revoked.name()));
            return "redirect:/account#tokens";
        } catch (RuleViolationException violation) {
            response.setStatus(PageMessage.statusOf(violation).value());
            model.addAttribute("tokenRefusal", PageMessage.of(violation));
            return page(user, model);
        }
    }

    private String page(SignedInUser user, Model model) {
        model.addAttribute("account", accounts.profileView(user));
        model.addAttribute("tokens", tokens.tokensOf(user));
        model.addAttribute("languages", LANGUAGES);
        // After a refused POST the page is rendered at the POST's address; the language switch returns here.
        model.addAttribute("currentPath", "/account");
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        return "identity/account";
    }

    private static void checkNewPassword(PasswordForm form, String email, BindingResult errors) {
        if (errors.hasFieldErrors("newPassword")) {
            return;
        }
        try {
            PasswordPolicy.check(form.newPassword(), email);
        } catch (RuleViolationException violation) {
            errors.rejectValue("newPassword", violation.messageCode(), violation.arguments(), violation.messageCode());
            return;
        }
        if (!form.newPassword().equals(form.newPasswordConfirmation())) {
            errors.rejectValue("newPasswordConfirmation", "identity.error.passwordMismatch");
        }
    }

    record PasswordForm(
            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String currentPassword,
            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String newPassword,
            @Size(max = PasswordPolicy.INPUT_MAX) String newPasswordConfirmation) {}

    record TokenForm(
            @NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) String tokenName) {}

    /** A new token's secret, carried to the next page view only. */
    record ShownOnce(String name, String secret) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }
}
