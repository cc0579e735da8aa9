package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The terms-of-use document was attached to a contract (replacing the one before, whose digest is kept). */
public record TermsDocumentAttached(
        UUID organizationId,
        Actor actor,
        UUID contractId,
        UUID initiativeId,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        @Nullable String replacedSha256)
        implements ContractChange {

    @Override
    public String action() {
        return "contract.termsDocument.attached";
    }

    @Override
    public Map<String, ?> change() {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("fileName", fileName);
        change.put("mediaType", mediaType);
        change.put("size", size);
        change.put("sha256", sha256);
        change.put("replacedSha256", replacedSha256);
        return change;
    }
}
