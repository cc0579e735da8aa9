package io.mekiki.identity.web;

import io.mekiki.identity.ApiToken;
import io.mekiki.identity.ApiTokens;
import io.mekiki.identity.ApiTokens.IssuedToken;
import io.mekiki.identity.PasswordPolicy;
import io.mekiki.identity.SignInLimits;
import io.mekiki.identity.SignInThrottledException;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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
            description = "Signs in with e-mail and password and returns a new token once; only its hash is stored."
                    + " Send it as 'Authorization: Bearer <token>'. An unknown address, a disabled account,"
                    + " one not yet activated and a wrong password all get the same 401. After repeated"
                    + " failures further attempts must wait: 429 with Retry-After (seconds).")
    @ApiResponse(responseCode = "201", description = "The new token, shown this once")
    @ApiResponse(
            responseCode = "401",
            description = "Wrong address or password (or the account cannot sign in)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "429",
            description = "Too many failures: try again after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<IssuedTokenResponse> issue(@Valid @RequestBody IssueTokenRequest request, HttpServletRequest http) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password());
        attempt.setDetails(new WebAuthenticationDetails(http.getRemoteAddr(), null));
        var authenticated = authentication.authenticate(attempt);
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

    /** One answer for every refused sign-in, so that it tells nobody which addresses exist. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> signInRefused(AuthenticationException exception, Locale locale) {
        if (exception instanceof SignInThrottledException throttled) {
            return RetryAfter.problem(throttled.retryAfterSeconds(), messages, locale);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED,
                messages.getMessage("api.error.badCredentials", null, "api.error.badCredentials", locale));
        problem.setTitle(messages.getMessage("api.error.unauthorized.title", null, "Unauthorized", locale));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
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
