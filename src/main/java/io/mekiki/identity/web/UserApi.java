package io.mekiki.identity.web;

import io.mekiki.identity.ActivationMail;
import io.mekiki.identity.PendingRoleGrant;
import io.mekiki.identity.Role;
import io.mekiki.identity.UserAccount;
import io.mekiki.identity.UserAdministration;
import io.mekiki.identity.UserAdministration.Invitation;
import io.mekiki.identity.UserAdministration.RolesChanged;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Administration of the users of my organisation (ADMIN)")
class UserApi {

    private final UserAdministration administration;
    private final Links links;
    private final ActivationMailer mailer;

    UserApi(UserAdministration administration, Links links, ActivationMailer mailer) {
        this.administration = administration;
        this.links = links;
        this.mailer = mailer;
    }

    @GetMapping
    @Operation(
            summary = "List the users of my organisation",
            description = "One page (`page` from 0, `size` 1–500, 50 by default), by name unless `sort` says"
                    + " otherwise: name, email, status (active, awaiting activation, disabled) or lastSignIn (never"
                    + " counts as the earliest), with `,desc` for the other way round. Another key is a 400 naming"
                    + " `sort`.")
    UserList list(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        ListOrder order = ListOrder.parse(sort, UserAdministration.DEFAULT_ORDER, UserAdministration.SORT_KEYS);
        ListPage<UserAccount> found = administration.users(admin, order, page, size);
        List<PendingRoleGrant> pending = administration.pendingRoleGrants(admin);
        return new UserList(
                found.items().stream().map(user -> UserView.of(user, pending)).toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalPages());
    }

    record UserList(List<UserView> items, int page, int size, long total, int totalPages) {}

    @GetMapping("/{id}")
    @Operation(summary = "One user of my organisation")
    UserView get(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id) {
        return view(admin, administration.user(admin, id));
    }

    @PostMapping
    @Operation(
            summary = "Invite a user",
            description = "Creates the user and returns a one-time activation link, valid for a limited time,"
                    + " with which they choose their password.")
    ResponseEntity<InvitationView> invite(
            @AuthenticationPrincipal SignedInUser admin,
            @Valid @RequestBody InviteRequest request,
            HttpServletRequest http) {
        Invitation invitation = administration.invite(
                admin,
                request.email(),
                request.displayName(),
                request.roles(),
                Locale.forLanguageTag(request.language() == null ? "ja" : request.language()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + invitation.userId()))
                .body(view(admin, invitation, http, ActivationMail.Reason.INVITED));
    }

    @PutMapping("/{id}/roles")
    @Operation(
            summary = "Replace a user's roles",
            description = "An administrator who grants themselves the executive role only asks for it: the role is"
                    + " listed under pendingRoles (202) until another administrator confirms or declines it; their"
                    + " other changes apply at once. While they are the only administrator this is refused (409).")
    @ApiResponse(responseCode = "200", description = "The roles are changed")
    @ApiResponse(
            responseCode = "202",
            description = "Changed, except a self-granted role that awaits another administrator's confirmation")
    @ApiResponse(
            responseCode = "409",
            description = "Refused: e.g. it would leave no administrator, or a self-grant while the only administrator",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<UserView> roles(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @Valid @RequestBody RolesRequest request) {
        RolesChanged changed = administration.changeRoles(admin, id, request.roles());
        return ResponseEntity.status(changed.awaitingConfirmation().isEmpty() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(view(admin, changed.user()));
    }

    @PostMapping("/{id}/pending-roles/{role}/confirm")
    @Operation(
            summary = "Confirm a role an administrator asked to grant themselves",
            description = "Only another administrator may confirm; the ledger records who asked and who confirmed.")
    @ApiResponse(responseCode = "200", description = "The role is granted")
    @ApiResponse(
            responseCode = "404",
            description = "No such request is pending",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Refused: one's own request (separation of duties)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "Refused: the user is disabled",
            content = @Content(mediaType = "application/problem+json"))
    UserView confirmRole(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @Parameter(description = "The pending role", schema = @Schema(implementation = Role.class)) @PathVariable
                    Role role) {
        return view(admin, administration.confirmRoleGrant(admin, id, role));
    }

    @PostMapping("/{id}/pending-roles/{role}/decline")
    @Operation(
            summary = "Decline a role an administrator asked to grant themselves",
            description = "Any administrator may decline; the one who asked withdraws the request this way.")
    @ApiResponse(responseCode = "200", description = "The request is gone; the roles are unchanged")
    @ApiResponse(
            responseCode = "404",
            description = "No such request is pending",
            content = @Content(mediaType = "application/problem+json"))
    UserView declineRole(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @Parameter(description = "The pending role", schema = @Schema(implementation = Role.class)) @PathVariable
                    Role role) {
        return view(admin, administration.declineRoleGrant(admin, id, role));
    }

    @PostMapping("/{id}/disable")
    @Operation(
            summary = "Disable a user",
            description = "They can no longer sign in, their sessions end, their API tokens are revoked for good"
                    + " (enabling them again does not revive the tokens) and a pending activation link stops working.")
    UserView disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id) {
        return view(admin, administration.disable(admin, id));
    }

    @PostMapping("/{id}/enable")
    @Operation(
            summary = "Enable a disabled user again",
            description =
                    "Their old API tokens stay revoked; a user who had not activated needs a new activation" + " link.")
    UserView enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id) {
        return view(admin, administration.enable(admin, id));
    }

    @PostMapping("/{id}/activation")
    @Operation(summary = "Issue a new activation link for a user who has not activated yet")
    InvitationView reissue(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, HttpServletRequest http) {
        Invitation invitation = administration.reissueActivation(admin, id);
        return view(admin, invitation, http, ActivationMail.Reason.NEW_LINK);
    }

    private UserView view(SignedInUser admin, UserAccount user) {
        return UserView.of(user, administration.pendingRoleGrants(admin));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(
            summary = "Reset a user's password",
            description = "Their password stops working, all their sessions end and all their API tokens are"
                    + " revoked; the answer carries a one-time activation link with which they choose a new password.")
    @ApiResponse(responseCode = "200", description = "The link to hand to the user")
    @ApiResponse(
            responseCode = "403",
            description = "Refused: one's own password (change it under /api/v1/me/password)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "Refused: a disabled user or one who has not activated yet",
            content = @Content(mediaType = "application/problem+json"))
    InvitationView resetPassword(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, HttpServletRequest http) {
        Invitation invitation = administration.resetPassword(admin, id);
        return view(admin, invitation, http, ActivationMail.Reason.NEW_LINK);
    }

    record InviteRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty Set<Role> roles,
            @Nullable @Pattern(regexp = "ja|en") String language) {}

    record RolesRequest(@NotEmpty Set<Role> roles) {}

    record UserView(
            UUID id,
            String email,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            boolean awaitingActivation,
            String language,
            Instant createdAt,
            @Nullable Instant lastLoginAt,
            List<PendingRoleView> pendingRoles) {
        static UserView of(UserAccount user, List<PendingRoleGrant> pending) {
            return new UserView(
                    user.id(),
                    user.email(),
                    user.displayName(),
                    user.roles(),
                    user.enabled(),
                    user.awaitsActivation(),
                    user.language().getLanguage(),
                    user.createdAt(),
                    user.lastLoginAt(),
                    pending.stream()
                            .filter(grant -> grant.userId().equals(user.id()))
                            .map(grant -> new PendingRoleView(grant.role(), grant.requestedBy(), grant.requestedAt()))
                            .toList());
        }
    }

    /** A role the user asked to grant themselves, waiting for another administrator. */
    record PendingRoleView(Role role, UUID requestedBy, Instant requestedAt) {}

    /** The link, mailed to the person when mail is configured (ADR 043); {@code mailed} says whether it was. */
    private InvitationView view(
            SignedInUser admin, Invitation invitation, HttpServletRequest http, ActivationMail.Reason reason) {
        String url = links.activation(http, invitation.activationToken());
        return new InvitationView(
                invitation.userId(),
                invitation.email(),
                url,
                invitation.expiresAt(),
                mailer.mail(admin, invitation, url, reason));
    }

    record InvitationView(UUID userId, String email, String activationUrl, Instant expiresAt, boolean mailed) {}
}
