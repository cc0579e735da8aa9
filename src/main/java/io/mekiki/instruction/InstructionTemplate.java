package io.mekiki.instruction;

import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A ready-made instruction the guide names for a phase, in our own words. */
public record InstructionTemplate(
        String code,
        LifeCyclePhase phase,
        @Nullable String gateTopic,
        LocalizedText title,
        LocalizedText description) {}
