package io.mekiki.provider;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An attestation or certification as the user records it.
 *
 * @param title the level, report name or, for {@link AttestationKind#OTHER}, what it is
 * @param scope what it covers (services, sites, control objectives)
 * @param issuer the certification body or audit firm
 * @param periodStart start of the report period or of the validity
 * @param periodEnd end of the report period or of the validity; not before the start
 */
public record AttestationDetails(
        AttestationKind kind,
        @Nullable String title,
        @Nullable String scope,
        @Nullable String issuer,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd) {

    public AttestationDetails {
        title = Inputs.optional(title);
        scope = Inputs.optional(scope);
        issuer = Inputs.optional(issuer);
    }

    AttestationDetails checked() {
        if (kind == null) {
            throw ProviderRuleViolation.invalid("kind", "provider.error.required");
        }
        if (kind == AttestationKind.OTHER && title == null) {
            throw ProviderRuleViolation.invalid("title", "provider.error.titleForOther");
        }
        Inputs.requireLength("title", title, Inputs.NAME_MAX);
        Inputs.requireLength("scope", scope, Inputs.TEXT_MAX);
        Inputs.requireLength("issuer", issuer, Inputs.NAME_MAX);
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw ProviderRuleViolation.invalid("periodEnd", "provider.error.periodEndsBeforeStart", periodStart);
        }
        return this;
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", kind.name());
        facts.put("title", title);
        facts.put("scope", scope);
        facts.put("issuer", issuer);
        facts.put("periodStart", periodStart == null ? null : periodStart.toString());
        facts.put("periodEnd", periodEnd == null ? null : periodEnd.toString());
        return facts;
    }
}
