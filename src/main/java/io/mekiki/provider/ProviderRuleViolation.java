package io.mekiki.provider;

import io.mekiki.shared.RuleViolationException;

/**
 * A refused change to a provider or a service, naming the field it concerns as the API names it (e.g.
 * {@code corporateNumber}, {@code dataLocations[1]}), so that a form or an API response can point at it.
 */
public class ProviderRuleViolation extends RuleViolationException {

    private static final String STALE = "provider.error.stale";

    ProviderRuleViolation(Kind kind, String field, String messageCode, Object... arguments) {
        super(kind, field, messageCode, arguments);
    }

    static ProviderRuleViolation invalid(String field, String messageCode, Object... arguments) {
        return new ProviderRuleViolation(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }

    static ProviderRuleViolation conflict(String field, String messageCode, Object... arguments) {
        return new ProviderRuleViolation(Kind.CONFLICT, field, messageCode, arguments);
    }

    static ProviderRuleViolation stale() {
        return conflict("version", STALE);
    }

    /** True when the record changed after the editor had loaded it. */
    public boolean isStale() {
        return STALE.equals(messageCode());
    }
}
