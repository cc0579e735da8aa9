package io.mekiki.initiative;

import io.mekiki.shared.LifeCyclePhase;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where an initiative stands: one of the guide's five phases, or closed after termination. */
public enum InitiativePhase {
    PREPARATION(LifeCyclePhase.PREPARATION),
    SELECTION(LifeCyclePhase.SELECTION),
    APPLICATION(LifeCyclePhase.APPLICATION),
    OPERATION(LifeCyclePhase.OPERATION),
    CONTINUATION_TERMINATION(LifeCyclePhase.CONTINUATION_TERMINATION),
    CLOSED(null);

    private final @Nullable LifeCyclePhase lifeCyclePhase;

    InitiativePhase(@Nullable LifeCyclePhase lifeCyclePhase) {
        this.lifeCyclePhase = lifeCyclePhase;
    }

    /** The guide's phase, empty once closed. */
    public Optional<LifeCyclePhase> lifeCyclePhase() {
        return Optional.ofNullable(lifeCyclePhase);
    }

    public static InitiativePhase of(LifeCyclePhase phase) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.lifeCyclePhase == phase)
                .findFirst()
                .orElseThrow();
    }

    public String messageKey() {
        return "initiative.phase." + name();
    }

    public boolean closed() {
        return this == CLOSED;
    }
}
