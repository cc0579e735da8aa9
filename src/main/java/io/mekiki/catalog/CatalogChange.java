package io.mekiki.catalog;

import io.mekiki.audit.Auditable;

/** Something that happened to an organisation's catalogue; recorded in the audit ledger in its transaction. */
public sealed interface CatalogChange extends Auditable permits CatalogReleaseUploaded, CatalogReleaseActivated {

    String RELEASE = "CATALOG_RELEASE";

    /** The release's own identifier, as its files name it (e.g. {@code 2026.1}). */
    String releaseId();

    @Override
    default String subjectType() {
        return RELEASE;
    }

    @Override
    default String subjectId() {
        return releaseId();
    }
}
