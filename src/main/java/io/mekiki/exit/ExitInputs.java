package io.mekiki.exit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What people write to start and run an exit, as text: pages and API share one check naming each field. */
public final class ExitInputs {

    private ExitInputs() {}

    /**
     * Starts an exit. With both notice dates it records the provider's termination notice; without, it is started by
     * hand (the initiative must be in continuation or termination).
     */
    public record NewExit(
            @Nullable String initiativeId,
            @Nullable String noticeReceivedOn,
            @Nullable String noticeEffectiveOn) {}

    /** The whole plan over the version read. */
    public record Plan(
            @Nullable List<DataSetInput> dataSets,
            @Nullable String endsOn,
            @Nullable String deletionMethod,
            @Nullable String deletionProof,
            @Nullable Long version) {}

    /** A data set of the plan; {@code id} names one already planned (kept with its returns), none a new one. */
    public record DataSetInput(
            @Nullable String id,
            @Nullable String what,
            @Nullable String format,
            @Nullable String method,
            @Nullable String deadline,
            @Nullable String checkerId) {}

    /** A return of a data set with the completeness check; {@code missing} is required when incomplete. */
    public record NewDataReturn(
            @Nullable String dataSetId,
            @Nullable String receivedOn,
            @Nullable String sizeBytes,
            @Nullable String recordCount,
            @Nullable String expectedCount,
            @Nullable String checksum,
            @Nullable String expected,
            @Nullable Boolean complete,
            @Nullable String missing) {}

    /**
     * Deletion evidence: {@code kind} CERTIFICATE with a file, or ALTERNATIVE with the alternative's parts (at least
     * one) and the risk officer's assessment of why it is adequate.
     */
    public record NewDeletionEvidence(
            @Nullable String kind,
            @Nullable String writtenConfirmation,
            @Nullable String accountClosure,
            @Nullable String publishedProcess,
            @Nullable String assessment) {}
}
