package io.mekiki.provider.web;

import io.mekiki.shared.RuleViolationException;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** Shows a refusal beside the field of the form it concerns, or above the form. */
final class FormErrors {

    private FormErrors() {}

    /**
     * @param aboveTheForm fields the form does not show (e.g. {@code version}), whose refusals go above it
     */
    static void reject(RuleViolationException violation, BindingResult errors, Set<String> aboveTheForm) {
        String field = violation.field() == null ? null : violation.field().replaceAll("\\[\\d+]$", "");
        if (field == null || aboveTheForm.contains(field) || !readable(errors, field)) {
            errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
        } else {
            errors.rejectValue(field, violation.messageCode(), violation.arguments(), violation.messageCode());
        }
    }

    private static boolean readable(BindingResult errors, String field) {
        try {
            errors.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
