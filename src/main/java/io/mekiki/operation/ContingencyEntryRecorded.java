package io.mekiki.operation;

import io.mekiki.shared.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An entry was recorded on a contingency's timeline.
 *
 * @param corrects the number of the entry this one corrects, or null
 * @param decisionsRequested the titles of the initiatives on which an executive decision was asked for with
 *     this entry (a decision entry of a risk officer); empty otherwise
 */
public record ContingencyEntryRecorded(
        UUID organizationId,
        Actor actor,
        UUID contingencyId,
        UUID entryId,
        int number,
        ContingencyEntryKind kind,
        Instant at,
        String text,
        @Nullable String authority,
        @Nullable String reference,
        @Nullable String initiative,
        @Nullable Integer corrects,
        @Nullable String decisionTopic,
        List<String> decisionsRequested)
        implements ContingencyChange {

    public ContingencyEntryRecorded {
        decisionsRequested = List.copyOf(decisionsRequested);
    }

    @Override
    public String action() {
        return "operation.contingency.entryRecorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("entry", number);
        change.put("entryKind", kind.name());
        change.put("at", at.toString());
        change.put("text", text);
        if (authority != null) {
            change.put("authority", authority);
        }
        if (reference != null) {
            change.put("reference", reference);
        }
        if (initiative != null) {
            change.put("initiative", initiative);
        }
        if (corrects != null) {
            change.put("corrects", corrects);
        }
        if (!decisionsRequested.isEmpty()) {
            change.put("decisionsRequested", decisionsRequested);
        }
        return change;
    }
}
