package io.mekiki.decision;

import java.util.List;

/**
 * A condition a decision's subject sets before a decision can be requested that does not hold now.
 *
 * @param code stable code of the condition, e.g. {@code REPORT_ACCEPTED}
 * @param messageKey message key of its label
 * @param arguments arguments of the label, readable in any language
 */
public record UnmetCondition(String code, String messageKey, List<String> arguments) {

    public UnmetCondition {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
