package io.mekiki.instruction;

import io.mekiki.shared.LifeCyclePhase;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an executive instructs.
 *
 * @param subjectType e.g. INITIATIVE
 * @param gateTopic the gate the instruction prepares, if any
 * @param checkItemIds catalogue item ids the instruction concerns
 * @param templateCode the template it was made from, if any
 */
public record NewInstruction(
        String subjectType,
        UUID subjectId,
        LifeCyclePhase phase,
        @Nullable String gateTopic,
        List<String> checkItemIds,
        String title,
        String description,
        UUID assignee,
        LocalDate dueDate,
        @Nullable String templateCode) {}
