package io.mekiki.exit;

import io.mekiki.contract.DeletionProof;
import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Evidence of the deletion was recorded: the provider's certificate (by its name and SHA-256), or an alternative
 * with the risk officer's assessment.
 */
public record DeletionEvidenceRecorded(
        UUID organizationId,
        Actor actor,
        UUID exitId,
        UUID initiativeId,
        UUID evidenceId,
        DeletionProof kind,
        @Nullable String fileName,
        @Nullable String fileSha256,
        @Nullable String writtenConfirmation,
        @Nullable String accountClosure,
        @Nullable String publishedProcess,
        @Nullable String assessment)
        implements ExitChange {

    @Override
    public String action() {
        return "exit.deletionEvidence.recorded";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("outcome", kind.name());
        change.put("kind", kind.name());
        change.put("certificate", fileName);
        change.put("certificateSha256", fileSha256);
        change.put("writtenConfirmation", writtenConfirmation);
        change.put("accountClosure", accountClosure);
        change.put("publishedProcess", publishedProcess);
        change.put("assessment", assessment);
        return change;
    }
}
