package io.mekiki.identity;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an address and a password under the sign-in throttle, in the caller's transaction. An unknown
 * address, a disabled account, one not yet activated and a wrong password are one and the same
 * refusal, and each costs a password hash, so neither the answer nor its time tells them apart.
 */
@Component
class PasswordCheck {

    private static final int MAX_ADDRESS_LENGTH = 320;

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private volatile String unknownAddressHash;

    PasswordCheck(UserAccounts users, PasswordEncoder passwords, SignInThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    Outcome check(String address, String password, String client) {
        throttle.serialize(address);
        Optional<Duration> wait = throttle.waitBefore(address, client);
        if (wait.isPresent()) {
            return new Outcome.Throttled(wait.get());
        }
        Optional<UserAccount> account =
                couldBeAnAddress(address) ? users.findByEmail(address.strip()) : Optional.empty();
        String hash = account.map(UserAccount::passwordHash).orElse(null);
        boolean matches = passwords.matches(password, hash != null ? hash : unknownAddressHash());
        if (matches && hash != null && account.get().canSignIn()) {
            throttle.recordSuccess(address, client);
            return new Outcome.Accepted(account.get());
        }
        throttle.recordFailure(address, client);
        return new Outcome.Refused();
    }

    /** No stored address is longer or holds a NUL (which the database refuses to compare). */
    private static boolean couldBeAnAddress(String address) {
        return address.length() <= MAX_ADDRESS_LENGTH && address.indexOf('\0') < 0;
    }

    /** A hash of a random password, for the same work as a real check when there is no hash to check. */
    private String unknownAddressHash() {
        String hash = unknownAddressHash;
        if (hash == null) {
            hash = passwords.encode(Secrets.newToken(""));
            unknownAddressHash = hash;
        }
        return hash;
    }

    sealed interface Outcome {
        record Accepted(UserAccount user) implements Outcome {}

        record Refused() implements Outcome {}

        record Throttled(Duration delay) implements Outcome {}
    }
}
