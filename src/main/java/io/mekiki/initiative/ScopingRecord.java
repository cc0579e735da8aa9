package io.mekiki.initiative;

import java.util.List;

/** An initiative's current scoping and how it came to be, newest change first. */
public record ScopingRecord(ScopingSnapshot current, List<ScopingChange> history) {

    public ScopingRecord {
        history = List.copyOf(history);
    }
}
