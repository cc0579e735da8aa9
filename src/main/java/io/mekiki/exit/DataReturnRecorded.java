package io.mekiki.exit;

import io.mekiki.shared.Actor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A return of a data set was recorded with the risk officer's completeness check (complete or what is missing). */
public record DataReturnRecorded(
        UUID organizationId,
        Actor actor,
        UUID exitId,
        UUID initiativeId,
        UUID dataReturnId,
        String dataSet,
        LocalDate receivedOn,
        @Nullable Long sizeBytes,
        @Nullable Long recordCount,
        @Nullable Long expectedCount,
        @Nullable String checksum,
        @Nullable String expected,
        boolean complete,
        @Nullable String missing,
        boolean correction)
        implements ExitChange {

    @Override
    public String action() {
        return "exit.dataReturn.recorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("outcome", complete ? "COMPLETE" : "INCOMPLETE");
        change.put("dataSet", dataSet);
        change.put("receivedOn", receivedOn.toString());
        change.put("sizeBytes", sizeBytes);
        change.put("recordCount", recordCount);
        change.put("expectedCount", expectedCount);
        change.put("checksum", checksum);
        change.put("expected", expected);
        change.put("complete", complete);
        change.put("missing", missing);
        change.put("correction", correction);
        return change;
    }
}
