package io.mekiki.comparison.web;

import io.mekiki.comparison.Comparisons;
import io.mekiki.comparison.Comparisons.Starter;
import io.mekiki.comparison.CriterionInput;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The starting set of criteria in the reader's language, as inputs an editor may change before saving. */
@Component
class StarterSet {

    private final MessageSource messages;

    StarterSet(MessageSource messages) {
        this.messages = messages;
    }

    List<CriterionInput> inputs(Locale locale) {
        return Comparisons.STARTER.stream()
                .map(starter -> new CriterionInput(
                        null,
                        messages.getMessage(starter.nameKey(), null, locale),
                        starter.group().name(),
                        starter.weight(),
                        Starter.SCALE_MIN,
                        Starter.SCALE_MAX,
                        IntStream.rangeClosed(Starter.SCALE_MIN, Starter.SCALE_MAX)
                                .mapToObj(step -> messages.getMessage("comparison.starter.step." + step, null, locale))
                                .toList()))
                .toList();
    }
}
