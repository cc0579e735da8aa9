package io.mekiki.identity.web;

import io.mekiki.identity.MyAccount;
import io.mekiki.identity.PasswordPolicy;
import io.mekiki.identity.Role;
import io.mekiki.identity.UserAccount;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    MeApi(MyAccount accounts) {
        this.accounts = accounts;
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
    @Operation(summary = "Change my password")
    ResponseEntity<Void> password(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PasswordRequest request) {
        accounts.changePassword(user, request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
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
