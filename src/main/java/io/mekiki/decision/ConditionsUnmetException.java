package io.mekiki.decision;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A request refused because the subject's conditions for the topic do not hold yet (409): names each of
 * them, so that the page and the API answer say what is missing.
 */
public class ConditionsUnmetException extends DecisionRuleViolation {

    private final List<UnmetCondition> unmet;

    ConditionsUnmetException(List<UnmetCondition> unmet) {
        super(
                Kind.CONFLICT,
                null,
                "decision.error.conditionsUnmet",
                unmet.stream().map(UnmetCondition::code).collect(Collectors.joining(", ")));
        this.unmet = List.copyOf(unmet);
    }

    public List<UnmetCondition> unmet() {
        return unmet;
    }

    /** Each missing condition's label in the reader's language. */
    public List<String> labels(MessageSource messages, Locale locale) {
        return unmet.stream()
                .map(condition -> messages.getMessage(
                        condition.messageKey(), condition.arguments().toArray(), condition.code(), locale))
                .toList();
    }

    /** The refusal in the reader's language, the missing conditions named. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(
                messageCode(),
                new Object[] {
                    String.join(
                            messages.getMessage("decision.listSeparator", null, "; ", locale), labels(messages, locale))
                },
                messageCode(),
                locale);
    }
}
