package io.mekiki.identity.web;

import io.mekiki.identity.ApiToken;
import io.mekiki.identity.ApiTokens;
import io.mekiki.identity.ApiTokens.IssuedToken;
import io.mekiki.identity.PasswordPolicy;
import io.mekiki.identity.SignInLimits;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication", description = "Personal API tokens")
class AuthTokenApi {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AuthTokenApi(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.messages = messages;
    }

    @PostMapping
    @SecurityRequirements
    @Operation(
            summary = "Issue a personal API token",
            description =
                    "Signs in with e-mail and password and returns a new token once; only its hash is stored."
                            + " Send it as 'Authorization: Bearer <token>'. Repeated wrong passwords lock the address for a while.")
    ResponseEntity<IssuedTokenResponse> issue(@Valid @RequestBody IssueTokenRequest request) {
        var authenticated = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
        IssuedToken issued = tokens.issue((SignedInUser) authenticated.getPrincipal(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/auth/tokens/" + issued.id()))
                .body(new IssuedTokenResponse(issued.id(), issued.name(), issued.token(), issued.createdAt()));
    }

    @GetMapping
    @Operation(summary = "List my tokens (never their secrets)")
    List<TokenView> list(@AuthenticationPrincipal SignedInUser user) {
        return tokens.tokensOf(user).stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of my tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail signInRefused(AuthenticationException exception, Locale locale) {
        boolean locked = exception instanceof LockedException;
        String code = locked
                ? "api.error.locked"
                : exception instanceof DisabledException ? "api.error.disabled" : "api.error.badCredentials";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                locked ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED,
                messages.getMessage(code, null, code, locale));
        problem.setTitle(messages.getMessage("api.error.unauthorized.title", null, "Unauthorized", locale));
        return problem;
    }

    record IssueTokenRequest(
            @NotBlank @Email @Size(max = SignInLimits.EMAIL_MAX)
            String email,

            @NotBlank @Size(max = PasswordPolicy.INPUT_MAX) String password,
            @NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) String name) {}

    record IssuedTokenResponse(UUID id, String name, String token, Instant createdAt) {}

    record TokenView(
            UUID id,
            String name,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt,
            boolean active) {
        static TokenView of(ApiToken token) {
            return new TokenView(
                    token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt(), token.active());
        }
    }
}
