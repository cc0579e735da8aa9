package io.mekiki.initiative.web;

import io.mekiki.initiative.GateCondition;
import io.mekiki.initiative.GateCondition.NextStep;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A gate's condition in the reader's language, for the page ({@code @conditionTexts}) and the API alike:
 * its label, and who acts next as "role[ name]: what they do".
 */
@Component("conditionTexts")
public class ConditionTexts {

    private final MessageSource messages;

    ConditionTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String label(GateCondition condition, Locale locale) {
        return messages.getMessage(
                condition.labelKey(), condition.labelArguments().toArray(), condition.labelKey(), locale);
    }

    /** Who acts next, or null when the condition holds. */
    public @Nullable String who(GateCondition condition, Locale locale) {
        NextStep who = condition.who();
        if (who == null) {
            return null;
        }
        String party = messages.getMessage(who.partyKey(), null, who.party().name(), locale);
        String action = messages.getMessage(who.actionKey(), null, who.actionKey(), locale);
        return who.name() == null
                ? messages.getMessage("initiative.condition.who", new Object[] {party, action}, locale)
                : messages.getMessage(
                        "initiative.condition.whoNamed", new Object[] {party, who.name(), action}, locale);
    }
}
