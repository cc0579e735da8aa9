package io.mekiki.demo;

import io.mekiki.identity.PasswordPolicy;
import io.mekiki.shared.RuleViolationException;
import java.security.SecureRandom;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The password the demo users get: the operator's ({@code MEKIKI_DEMO_PASSWORD}) when given, else a
 * new random one. Never a fixed default: a demo started on a reachable host must not open with a
 * password everyone knows.
 *
 * @param generated true when made here, and so to be shown once to the operator
 */
record DemoPassword(String value, boolean generated) {

    /** Letters and digits that cannot be mistaken for one another when read off a log. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * @param configured the configured password, or null or blank for none
     * @param emails the demo users' addresses, none of which the password may be
     * @throws IllegalStateException when the configured password breaks the password policy
     */
    static DemoPassword choose(@Nullable String configured, List<String> emails) {
        if (configured == null || configured.isBlank()) {
            return new DemoPassword(generate(), true);
        }
        for (String email : emails) {
            try {
                PasswordPolicy.check(configured, email);
            } catch (RuleViolationException refused) {
                throw new IllegalStateException(
                        "MEKIKI_DEMO_PASSWORD does not meet the password policy: it needs "
                                + PasswordPolicy.MINIMUM_LENGTH + " to " + PasswordPolicy.MAXIMUM_LENGTH
                                + " characters and must not be a demo user's e-mail address ("
                                + refused.messageCode() + ")",
                        refused);
            }
        }
        return new DemoPassword(configured, false);
    }

    /** Four groups of five, e.g. {@code k7m2p-xq9rt-4hzna-w3cfe}: about 99 bits. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 5; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }

    @Override
    public String toString() {
        return "DemoPassword[generated=" + generated + "]";
    }
}
