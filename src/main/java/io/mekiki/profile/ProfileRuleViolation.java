package io.mekiki.profile;

import io.mekiki.shared.RuleViolationException;

/**
 * A refused profile change that concerns one field, so that a form or an API response can say which.
 * The field is named as in the API, e.g. {@code policies.SECURITY.lastReviewedOn}.
 */
public class ProfileRuleViolation extends RuleViolationException {

    ProfileRuleViolation(Kind kind, String field, String messageCode, Object... arguments) {
        super(kind, field, messageCode, arguments);
    }

    static ProfileRuleViolation invalid(String field, String messageCode, Object... arguments) {
        return new ProfileRuleViolation(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }

    static ProfileRuleViolation stale() {
        return new ProfileRuleViolation(Kind.CONFLICT, "version", "profile.error.stale");
    }

    /** True when someone else saved the profile after the editor had loaded it. */
    public boolean isStale() {
        return kind() == Kind.CONFLICT;
    }
}
