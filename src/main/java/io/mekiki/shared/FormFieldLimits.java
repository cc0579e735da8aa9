package io.mekiki.shared;

import java.util.Map;

/**
 * Length limits of the fields of a form that no controller of ours binds (e.g. the sign-in form, which
 * Spring Security reads), declared as a bean by the module that owns the form so that the web shell's
 * input guard refuses an over-long value with a 400 naming the field, as it would for any other form.
 *
 * @param path the path the form is posted to, e.g. {@code /login}
 * @param maxLengths the longest value accepted per field name, in characters
 */
public record FormFieldLimits(String path, Map<String, Integer> maxLengths) {

    public FormFieldLimits {
        maxLengths = Map.copyOf(maxLengths);
    }
}
