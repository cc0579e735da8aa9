package io.mekiki.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person at the provider to turn to.
 *
 * @param role what to turn to them for (sales, support, security incidents, …)
 */
public record ContactDetails(
        String name, @Nullable String email, @Nullable String role) {

    public static final int EMAIL_MAX = 254;

    public ContactDetails {
        name = Inputs.required(name);
        email = Inputs.optional(email);
        role = Inputs.optional(role);
    }

    ContactDetails checked() {
        Inputs.requireText("name", name, Inputs.NAME_MAX);
        Inputs.requireLength("email", email, EMAIL_MAX);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw ProviderRuleViolation.invalid("email", "provider.error.email");
        }
        Inputs.requireLength("role", role, Inputs.NAME_MAX);
        return this;
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("email", email);
        facts.put("role", role);
        return facts;
    }
}
