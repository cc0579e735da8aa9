package io.mekiki.assets;

import io.mekiki.shared.RuleViolationException;

/**
 * A refused change to an asset, naming the field it concerns (as in the API, e.g. {@code name}) so that
 * a form or an API response can point at it.
 */
public class AssetRuleViolation extends RuleViolationException {

    AssetRuleViolation(Kind kind, String field, String messageCode, Object... arguments) {
        super(kind, field, messageCode, arguments);
    }

    static AssetRuleViolation invalid(String field, String messageCode, Object... arguments) {
        return new AssetRuleViolation(Kind.UNPROCESSABLE, field, messageCode, arguments);
    }

    static AssetRuleViolation conflict(String field, String messageCode, Object... arguments) {
        return new AssetRuleViolation(Kind.CONFLICT, field, messageCode, arguments);
    }

    static AssetRuleViolation stale() {
        return conflict("version", "assets.error.stale");
    }

    /** True when the asset changed after the editor had loaded it. */
    public boolean isStale() {
        return "assets.error.stale".equals(messageCode());
    }
}
