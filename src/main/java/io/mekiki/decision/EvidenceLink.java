package io.mekiki.decision;

import org.jspecify.annotations.Nullable;

/**
 * Something the requester points the executive to: a report, a scoping result, an assessment, or a file
 * uploaded with the request.
 *
 * @param kind e.g. REPORT, SCOPING, ASSESSMENT, URL; FILE for an upload
 * @param reference an address inside Mekiki (a path starting with "/") or a web address; for an upload,
 *     where it is downloaded
 * @param file the uploaded file with its SHA-256, for kind FILE only (set by Mekiki, never by a client)
 */
public record EvidenceLink(
        String kind,
        String reference,
        String label,
        @Nullable EvidenceFile file) {

    /** The kind of evidence that is an uploaded file. */
    public static final String FILE = "FILE";

    public EvidenceLink(String kind, String reference, String label) {
        this(kind, reference, label, null);
    }
}
