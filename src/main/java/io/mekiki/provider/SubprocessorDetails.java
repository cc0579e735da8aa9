package io.mekiki.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A company the provider has process customer data.
 *
 * @param country ISO 3166-1 alpha-2 of where it processes the data
 * @param function what it does (hosting, support, e-mail delivery, …)
 */
public record SubprocessorDetails(
        String name, String country, @Nullable String function) {

    public SubprocessorDetails {
        name = Inputs.required(name);
        country = Inputs.required(Inputs.country(country));
        function = Inputs.optional(function);
    }

    SubprocessorDetails checked() {
        Inputs.requireText("name", name, Inputs.NAME_MAX);
        Inputs.requireCountry("country", country.isEmpty() ? null : country, true);
        Inputs.requireLength("function", function, Inputs.SHORT_MAX);
        return this;
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("country", country);
        facts.put("function", function);
        return facts;
    }
}
