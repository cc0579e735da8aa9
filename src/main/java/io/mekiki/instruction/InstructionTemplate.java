package io.mekiki.instruction;

import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ready-made instruction the guide names for a phase, in our own words.
 *
 * @param checkItemIds the catalogue's life-cycle items the instruction prepares
 */
public record InstructionTemplate(
        String code,
        LifeCyclePhase phase,
        @Nullable String gateTopic,
        LocalizedText title,
        LocalizedText description,
        List<String> checkItemIds) {

    public InstructionTemplate {
        checkItemIds = List.copyOf(checkItemIds);
    }
}
