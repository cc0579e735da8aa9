package io.mekiki.scoping;

import io.mekiki.scoping.Reason.Country;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Countries;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes reasons out in the reader's language. */
@Component
public class ReasonTexts {

    private final MessageSource messages;

    ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument(argument, locale))
                .toArray();
        return messages.getMessage(reason.messageKey(), arguments, reason.messageKey(), locale);
    }

    public List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> text(reason, locale)).toList();
    }

    private String argument(Object argument, Locale locale) {
        if (argument instanceof AssetCategory category) {
            return messages.getMessage("category." + category.name(), null, category.name(), locale);
        }
        if (argument instanceof Sector sector) {
            return messages.getMessage("sector." + sector.name(), null, sector.name(), locale);
        }
        if (argument instanceof ServiceModel model) {
            return messages.getMessage("serviceModel." + model.name(), null, model.name(), locale);
        }
        if (argument instanceof Country country) {
            return Countries.name(country.code(), locale);
        }
        return String.valueOf(argument);
    }
}
