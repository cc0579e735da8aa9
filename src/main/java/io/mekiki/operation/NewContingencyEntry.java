package io.mekiki.operation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A timeline entry as typed; {@link Contingencies#record} checks each field and names it when refusing.
 *
 * @param at when it happened, as for {@link NewContingency#beganAt()}; now when left out
 * @param authority required for AUTHORITY_COMMUNICATION (which authority was told)
 * @param reference the reference of a communication (a report number), optional
 * @param initiativeId the affected initiative a status update is about (required of a business owner)
 * @param corrects the id of an earlier entry of this contingency that this one corrects
 * @param requestDecision with a DECISION entry of a risk officer: ask an executive to decide, on each initiative
 *     of {@code decisionInitiativeIds} (every affected initiative when left out)
 * @param options the options laid out to the executive; the usual two when left out
 */
public record NewContingencyEntry(
        @Nullable String kind,
        @Nullable String at,
        @Nullable String text,
        @Nullable String authority,
        @Nullable String reference,
        @Nullable String initiativeId,
        @Nullable String corrects,
        @Nullable Boolean requestDecision,
        @Nullable List<String> decisionInitiativeIds,
        @Nullable List<String> options) {}
