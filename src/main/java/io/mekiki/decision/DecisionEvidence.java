package io.mekiki.decision;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Something the requester points the executive to; an uploaded file with what identifies it. */
@Table("decision_evidence")
record DecisionEvidence(
        String kind,
        String reference,
        String label,
        @Nullable UUID fileId,
        @Nullable String fileName,
        @Nullable String fileMediaType,
        @Nullable Long fileSize,
        @Nullable String fileSha256) {

    static DecisionEvidence link(String kind, String reference, String label) {
        return new DecisionEvidence(kind, reference, label, null, null, null, null, null);
    }

    static DecisionEvidence of(EvidenceFile file, String reference) {
        return new DecisionEvidence(
                EvidenceLink.FILE,
                reference,
                file.fileName(),
                file.id(),
                file.fileName(),
                file.mediaType(),
                file.size(),
                file.sha256());
    }

    boolean upload() {
        return fileId != null;
    }

    EvidenceLink link() {
        return new EvidenceLink(kind, reference, label, file());
    }

    @Nullable
    EvidenceFile file() {
        return fileId == null
                ? null
                : new EvidenceFile(fileId, fileName, fileMediaType, fileSize == null ? 0 : fileSize, fileSha256);
    }
}
