package io.mekiki.identity.web;

import io.mekiki.identity.Role;
import io.mekiki.identity.UserAccount;
import io.mekiki.identity.UserAdministration;
import io.mekiki.identity.UserAdministration.Invitation;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Administration of the users of my organisation (ADMIN)")
class UserApi {

    private final UserAdministration administration;
    private final Links links;

    UserApi(UserAdministration administration, Links links) {
        this.administration = administration;
        this.links = links;
    }

    @GetMapping
    @Operation(summary = "List the users of my organisation")
    List<UserView> list(@AuthenticationPrincipal SignedInUser admin) {
        return administration.users(admin).stream().map(UserView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user of my organisation")
    UserView get(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id) {
        return UserView.of(administration.user(admin, id));
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
                .body(InvitationView.of(invitation, links.activation(http, invitation.activationToken())));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace a user's roles")
    UserView roles(
            @AuthenticationPrincipal SignedInUser admin,
            @PathVariable UUID id,
            @Valid @RequestBody RolesRequest request) {
        return UserView.of(administration.changeRoles(admin, id, request.roles()));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable a user: they can no longer sign in and their tokens stop working")
    UserView disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id) {
        return UserView.of(administration.disable(admin, id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled user again")
    UserView enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id) {
        return UserView.of(administration.enable(admin, id));
    }

    @PostMapping("/{id}/activation")
    @Operation(summary = "Issue a new activation link for a user who has not activated yet")
    InvitationView reissue(
            @AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, HttpServletRequest http) {
        Invitation invitation = administration.reissueActivation(admin, id);
        return InvitationView.of(invitation, links.activation(http, invitation.activationToken()));
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
            @Nullable Instant lastLoginAt) {
        static UserView of(UserAccount user) {
            return new UserView(
                    user.id(),
                    user.email(),
                    user.displayName(),
                    user.roles(),
                    user.enabled(),
                    user.awaitsActivation(),
                    user.language().getLanguage(),
                    user.createdAt(),
                    user.lastLoginAt());
        }
    }

    record InvitationView(UUID userId, String email, String activationUrl, Instant expiresAt) {
        static InvitationView of(Invitation invitation, String url) {
            return new InvitationView(invitation.userId(), invitation.email(), url, invitation.expiresAt());
        }
    }
}
