package io.mekiki.identity.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.identity.PasswordPolicy;
import io.mekiki.identity.Role;
import io.mekiki.identity.TooManyAttemptsException;
import io.mekiki.identity.UserAccount;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account")
class MeApi {

    private final MyAccount accounts;
    private final MessageSource messages;

    MeApi(MyAccount accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Who I am: my account, organisation and roles")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        UserAccount account = accounts.profile(user);
        var organization = accounts.organization(user);
        return new Me(
                account.id(),
                account.email(),
                account.displayName(),
                new OrganizationView(organization.id(), organization.name()),
                account.roles(),
                account.language().getLanguage());
    }

    @PutMapping("/language")
    @Operation(summary = "Choose my language (ja or en)")
    ResponseEntity<Void> language(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody LanguageRequest request) {
        accounts.changeLanguage(user, Locale.forLanguageTag(request.language()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/password")
    @Operation(
            summary = "Change my password",
            description = "Ends all my browser sessions and revokes all my API tokens, including the one of this"
                    + " request: issue a new token with the new password. Wrong current passwords count as failed"
                    + " sign-ins; after repeated failures further attempts must wait (429 with Retry-After).")
    @ApiResponse(responseCode = "204", description = "Changed; sessions ended and tokens revoked")
    @ApiResponse(
            responseCode = "400",
            description = "The current password is wrong, or the new one breaks the password rule",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "429",
            description = "Too many wrong passwords: try again after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Void> password(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PasswordRequest request,
            HttpServletRequest http) {
        accounts.changePassword(user, request.currentPassword(), request.newPassword(), http.getRemoteAddr(), null);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException exception, Locale locale) {
        return RetryAfter.problem(exception.retryAfterSeconds(), messages, locale);
    }

    record Me(
            UUID id,
            String email,
            String displayName,
            OrganizationView organization,
            Set<Role> roles,
            String language) {}

    record OrganizationView(UUID id, String name) {}

    record LanguageRequest(
            @NotBlank @Pattern(regexp = "ja|en") String language) {}

    record PasswordRequest(
            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String currentPassword,
            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String newPassword) {}
}
