package io.mekiki.provider;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

final class Documents {

    private Documents() {}

    /** A document as the audit ledger records it: what it was, never its bytes. */
    static @Nullable Map<String, Object> facts(Attestation.@Nullable Document document) {
        if (document == null) {
            return null;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("fileName", document.fileName());
        facts.put("mediaType", document.mediaType());
        facts.put("size", document.size());
        facts.put("sha256", document.sha256());
        return facts;
    }
}
