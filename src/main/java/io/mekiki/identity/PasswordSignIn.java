package io.mekiki.identity;

import io.mekiki.identity.PasswordCheck.Outcome;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in with e-mail address and password, for the sign-in form and for API tokens alike. The client
 * address comes from the request ({@code getRemoteAddr()}, which honours the configured trusted proxies).
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String UNKNOWN_CLIENT = "unknown";

    private final PasswordCheck check;
    private final UserAccounts users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PasswordSignIn(PasswordCheck check, UserAccounts users, PlatformTransactionManager transactions, Clock clock) {
        this.check = check;
        this.users = users;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getName() == null ? "" : attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String client = clientOf(attempt);
        // decided and recorded in one transaction; the refusal is thrown only after the failure is committed
        Outcome outcome = transactions.execute(status -> {
            Outcome checked = check.check(address, password, client);
            if (checked instanceof Outcome.Accepted accepted) {
                users.recordSignIn(accepted.user().id(), clock.instant());
            }
            return checked;
        });
        if (outcome instanceof Outcome.Throttled throttled) {
            throw new SignInThrottledException(throttled.delay());
        }
        if (!(outcome instanceof Outcome.Accepted accepted)) {
            throw new BadCredentialsException("Bad credentials");
        }
        MekikiUser user = MekikiUser.of(accepted.user());
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_CLIENT;
    }
}
