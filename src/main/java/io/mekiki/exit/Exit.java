package io.mekiki.exit;

import io.mekiki.contract.DeletionProof;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An exit as read: its plan, the returns of each data set (newest first), the deletion evidence (newest first) and
 * what is still missing before the executive can confirm return and deletion.
 *
 * @param title the contract's title when the exit started
 * @param noticeRequiredBy for a provider's notice, the earliest effective date the contract's provider notice period
 *     allows (received on + period); null without a notice or a period
 * @param noticeShort true when the provider's notice is shorter than the contract allows
 * @param daysToEnd days from today to {@code endsOn} (negative once passed): the countdown
 * @param missing what is missing, as message keys with their arguments (data sets not returned or incomplete,
 *     deletion evidence)
 */
public record Exit(
        UUID id,
        UUID initiativeId,
        UUID contractId,
        String title,
        ExitOrigin origin,
        @Nullable LocalDate noticeReceivedOn,
        @Nullable LocalDate noticeEffectiveOn,
        @Nullable LocalDate noticeRequiredBy,
        boolean noticeShort,
        LocalDate endsOn,
        long daysToEnd,
        @Nullable String deletionMethod,
        @Nullable DeletionProof deletionProof,
        List<DataSet> dataSets,
        List<DeletionEvidence> deletionEvidence,
        ExitStatus status,
        boolean pastDeadline,
        List<Missing> missing,
        String startedByName,
        Instant startedAt,
        long version) {

    public Exit {
        dataSets = List.copyOf(dataSets);
        deletionEvidence = List.copyOf(deletionEvidence);
        missing = List.copyOf(missing);
    }

    /** True once the initiative is closed: nothing changes any more. */
    public boolean closed() {
        return status == ExitStatus.CLOSED;
    }

    /** The deletion evidence that counts (the latest), or null. */
    public @Nullable DeletionEvidence currentEvidence() {
        return deletionEvidence.isEmpty() ? null : deletionEvidence.get(0);
    }

    /**
     * A data set the plan expects back.
     *
     * @param returns what was received, newest first; the first one counts
     * @param overdue past its deadline and not returned complete
     */
    public record DataSet(
            UUID id,
            int position,
            String what,
            String format,
            String method,
            LocalDate deadline,
            UUID checkerId,
            String checkerName,
            DataSetState state,
            boolean overdue,
            List<DataReturn> returns) {

        public DataSet {
            returns = List.copyOf(returns);
        }
    }

    /** One return of a data set with the risk officer's completeness check. */
    public record DataReturn(
            UUID id,
            UUID dataSetId,
            LocalDate receivedOn,
            @Nullable Long sizeBytes,
            @Nullable Long recordCount,
            @Nullable Long expectedCount,
            @Nullable String checksum,
            @Nullable String expected,
            boolean complete,
            @Nullable String missing,
            String checkedByName,
            Instant recordedAt) {}

    /** Evidence of the deletion: a certificate (a file) or an assessed alternative. */
    public record DeletionEvidence(
            UUID id,
            DeletionProof kind,
            @Nullable String fileName,
            @Nullable String fileType,
            @Nullable Long fileSize,
            @Nullable String fileSha256,
            @Nullable String writtenConfirmation,
            @Nullable String accountClosure,
            @Nullable String publishedProcess,
            @Nullable String assessment,
            String recordedByName,
            Instant recordedAt) {}

    /**
     * Something missing before return and deletion can be confirmed.
     *
     * @param code {@code DATA_SET_NOT_RETURNED}, {@code DATA_SET_INCOMPLETE} or {@code DELETION_EVIDENCE_MISSING}
     * @param messageKey its sentence, with {@code arguments}
     */
    public record Missing(String code, String messageKey, List<String> arguments) {

        public Missing {
            arguments = List.copyOf(arguments);
        }
    }
}
