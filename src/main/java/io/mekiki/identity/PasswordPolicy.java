package io.mekiki.identity;

import io.mekiki.shared.RuleViolationException;
import java.util.Locale;

/**
 * What a password must be. Length is what protects a password, so the rule asks for length and
 * nothing else, as NIST SP 800-63B recommends; it also refuses the user's own e-mail address.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /**
     * The longest password field any form or request accepts at all; longer ones are refused as input
     * before a password hash is computed (the policy above then explains the real limit for new ones).
     */
    public static final int INPUT_MAX = 1024;

    private PasswordPolicy() {}

    public static void check(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            throw RuleViolationException.unprocessable("identity.error.passwordTooShort", MINIMUM_LENGTH);
        }
        if (length > MAXIMUM_LENGTH) {
            throw RuleViolationException.unprocessable("identity.error.passwordTooLong", MAXIMUM_LENGTH);
        }
        if (email != null
                && password.strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw RuleViolationException.unprocessable("identity.error.passwordIsEmail");
        }
    }
}
