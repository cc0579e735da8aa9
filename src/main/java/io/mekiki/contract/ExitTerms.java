package io.mekiki.contract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exit terms fixed at contract time (guide: decided before the end, while there is bargaining power): the
 * data sets the provider returns and how our data is deleted and the deletion proven.
 *
 * @param deletionProofNote what the proof is when it is not a certificate (the alternative assessed), or a note
 */
public record ExitTerms(
        List<DataReturn> dataReturns,
        @Nullable String deletionMethod,
        @Nullable DeletionProof deletionProof,
        @Nullable String deletionProofNote) {

    public ExitTerms {
        dataReturns = List.copyOf(dataReturns);
    }

    /** At least one data set to return, the deletion method and its proof. */
    public boolean fixed() {
        return !dataReturns.isEmpty() && deletionMethod != null && deletionProof != null;
    }

    /** Exit terms as a person writes them, before they are checked. */
    public record Input(
            @Nullable List<DataReturnInput> dataReturns,
            @Nullable String deletionMethod,
            @Nullable String deletionProof,
            @Nullable String deletionProofNote) {}

    /** A data set to return as written: what, format, method, within how many days of the end. */
    public record DataReturnInput(
            @Nullable String what,
            @Nullable String format,
            @Nullable String method,
            @Nullable Integer days) {}
}
