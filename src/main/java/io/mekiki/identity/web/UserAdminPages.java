package io.mekiki.identity.web;

import io.mekiki.identity.ActivationMail;
import io.mekiki.identity.PendingRoleGrant;
import io.mekiki.identity.Role;
import io.mekiki.identity.UserAccount;
import io.mekiki.identity.UserAdministration;
import io.mekiki.identity.UserAdministration.Invitation;
import io.mekiki.identity.UserAdministration.RolesChanged;
import io.mekiki.shared.ListLinks;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

/** Administration of the users of the administrator's organisation: invite, roles, access, activation. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminPages {

    /** Users on one page of the list. */
    static final int PAGE_SIZE = 50;

    private final UserAdministration administration;
    private final Links links;
    private final ActivationMailer mailer;
    private final Clock clock;

    UserAdminPages(UserAdministration administration, Links links, ActivationMailer mailer, Clock clock) {
        this.administration = administration;
        this.links = links;
        this.mailer = mailer;
        this.clock = clock;
    }

    @GetMapping
    String users(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "order",
                ListOrder.parseOrDefault(sort, UserAdministration.DEFAULT_ORDER, UserAdministration.SORT_KEYS));
        model.addAttribute("page", Math.max(0, page));
        return listPage(admin, model);
    }

    @PostMapping
    String invite(
            @AuthenticationPrincipal SignedInUser admin,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Invitation invitation = administration.invite(
                        admin, form.email(), form.displayName(), form.roles(), Locale.forLanguageTag(form.language()));
                redirect.addFlashAttribute(
                        "activationLink",
                        ActivationLink.of(invitation, links, request, admin, mailer, ActivationMail.Reason.INVITED));
                return "redirect:/admin/users";
            } catch (RuleViolationException violation) {
                String field = switch (violation.messageCode()) {
                    case "identity.error.emailTaken" -> "email";
                    case "identity.error.rolesRequired" -> "roles";
                    default -> null;
                };
                if (field == null) {
                    errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
                } else {
                    errors.rejectValue(field, violation.messageCode(), violation.arguments(), violation.messageCode());
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return listPage(admin, model);
    }

    @GetMapping("/{id}")
    String user(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, Model model) {
        return userPage(admin, id, model);
    }

    @PostMapping("/{id}/roles")
    String changeRoles(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @ModelAttribute("rolesForm") RolesForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                RolesChanged changed = administration.changeRoles(admin, id, form.chosen());
                UserAccount user = changed.user();
                redirect.addFlashAttribute(
                        "notice",
                        changed.awaitingConfirmation().isEmpty()
                                ? PageMessage.of("users.notice.rolesChanged", user.displayName())
                                : PageMessage.of("users.notice.roleAwaitsConfirmation", user.displayName()));
                if (user.id().equals(admin.userId()) && !user.roles().contains(Role.ADMIN)) {
                    return "redirect:/account"; // these pages are closed to them from now on
                }
                return "redirect:/admin/users/" + id;
            } catch (RuleViolationException violation) {
                errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
                response.setStatus(PageMessage.statusOf(violation).value());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return userPage(admin, id, model);
    }

    @PostMapping("/{id}/disable")
    String disable(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(
                admin, id, () -> administration.disable(admin, id), "users.notice.disabled", model, response, redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(
                admin, id, () -> administration.enable(admin, id), "users.notice.enabled", model, response, redirect);
    }

    @PostMapping("/{id}/pending-roles/{role}/confirm")
    String confirmRole(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @PathVariable Role role,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(
                admin,
                id,
                () -> administration.confirmRoleGrant(admin, id, role),
                "users.notice.roleConfirmed",
                model,
                response,
                redirect);
    }

    @PostMapping("/{id}/pending-roles/{role}/decline")
    String declineRole(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @PathVariable Role role,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(
                admin,
                id,
                () -> administration.declineRoleGrant(admin, id, role),
                "users.notice.roleDeclined",
                model,
                response,
                redirect);
    }

    @PostMapping("/{id}/activation")
    String reissueActivation(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return newLink(
                admin, id, () -> administration.reissueActivation(admin, id), model, request, response, redirect);
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return newLink(admin, id, () -> administration.resetPassword(admin, id), model, request, response, redirect);
    }

    private String newLink(
            SignedInUser admin,
            UUID id,
            Supplier<Invitation> issue,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Invitation invitation = issue.get();
            redirect.addFlashAttribute(
                    "activationLink",
                    ActivationLink.of(invitation, links, request, admin, mailer, ActivationMail.Reason.NEW_LINK));
            return "redirect:/admin/users/" + id;
        } catch (RuleViolationException violation) {
            return refused(admin, id, violation, model, response);
        }
    }

    private String change(
            SignedInUser admin,
            UUID id,
            Supplier<UserAccount> change,
            String noticeCode,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            UserAccount user = change.get();
            redirect.addFlashAttribute("notice", PageMessage.of(noticeCode, user.displayName()));
            return "redirect:/admin/users/" + id;
        } catch (RuleViolationException violation) {
            return refused(admin, id, violation, model, response);
        }
    }

    private String refused(
            SignedInUser admin, UUID id, RuleViolationException violation, Model model, HttpServletResponse response) {
        response.setStatus(PageMessage.statusOf(violation).value());
        model.addAttribute("refusal", PageMessage.of(violation));
        return userPage(admin, id, model);
    }

    private String listPage(SignedInUser admin, Model model) {
        ListOrder order =
                model.getAttribute("order") instanceof ListOrder asked ? asked : UserAdministration.DEFAULT_ORDER;
        int page = model.getAttribute("page") instanceof Integer number ? number : 0;
        ListPage<UserAccount> users = administration.users(admin, order, page, PAGE_SIZE);
        List<PendingRoleGrant> pending = administration.pendingRoleGrants(admin);
        model.addAttribute("users", users.items());
        model.addAttribute("links", ListLinks.of("/admin/users", Map.of(), order, users));
        model.addAttribute(
                "pendingRoles",
                pending.stream()
                        .collect(Collectors.groupingBy(
                                PendingRoleGrant::userId,
                                Collectors.mapping(PendingRoleGrant::role, Collectors.toList()))));
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", AccountPages.LANGUAGES);
        model.addAttribute("adminId", admin.userId());
        model.addAttribute("currentPath", "/admin/users");
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", InviteForm.empty(admin.language()));
        }
        return "identity/users";
    }

    private String userPage(SignedInUser admin, UUID id, Model model) {
        UserAccount user = administration.user(admin, id);
        model.addAttribute("user", user);
        model.addAttribute(
                "pendingGrants",
                administration.pendingRoleGrants(admin).stream()
                        .filter(grant -> grant.userId().equals(id))
                        .map(grant -> new PendingGrantView(
                                grant.role(),
                                grant.requestedAt(),
                                grant.requestedBy().equals(admin.userId())))
                        .toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("self", user.id().equals(admin.userId()));
        model.addAttribute(
                "activationExpired",
                user.activationExpiresAt() != null && !clock.instant().isBefore(user.activationExpiresAt()));
        model.addAttribute("currentPath", "/admin/users/" + id);
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(user.roles()));
        }
        return "identity/user";
    }

    /** A self-granted role waiting for confirmation, as the user page shows it to one administrator. */
    record PendingGrantView(Role role, Instant requestedAt, boolean requestedByViewer) {}

    record InviteForm(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty Set<Role> roles,
            @NotBlank @Pattern(regexp = "ja|en") String language) {
        static InviteForm empty(Locale adminLanguage) {
            String language = AccountPages.LANGUAGES.contains(adminLanguage.getLanguage())
                    ? adminLanguage.getLanguage()
                    : AccountPages.LANGUAGES.get(0);
            return new InviteForm("", "", EnumSet.noneOf(Role.class), language);
        }

        public boolean has(Role role) {
            return roles != null && roles.contains(role);
        }
    }

    /** The roles to hold; no box ticked sends no value at all, which the rules then refuse. */
    record RolesForm(Set<Role> roles) {
        Set<Role> chosen() {
            return roles == null ? EnumSet.noneOf(Role.class) : roles;
        }

        public boolean has(Role role) {
            return roles != null && roles.contains(role);
        }
    }

    /** A new activation link, shown to the administrator on the next page view only. */
    record ActivationLink(String email, String url, Instant expiresAt, boolean mailed) implements Serializable {
        @Serial
        private static final long serialVersionUID = 2L;

        /** The link, mailed to the person when mail is configured (ADR 043). */
        static ActivationLink of(
                Invitation invitation,
                Links links,
                HttpServletRequest request,
                SignedInUser admin,
                ActivationMailer mailer,
                ActivationMail.Reason reason) {
            String url = links.activation(request, invitation.activationToken());
            return new ActivationLink(
                    invitation.email(), url, invitation.expiresAt(), mailer.mail(admin, invitation, url, reason));
        }
    }
}
