package io.mekiki.decision;

import java.util.UUID;

/**
 * A file uploaded as evidence, as the decision records it: the stored file is never changed, so its
 * SHA-256 proves which exact file the request and the decision rested on.
 *
 * @param mediaType the type detected from the content when it was stored
 * @param sha256 hex digest of the content
 */
public record EvidenceFile(UUID id, String fileName, String mediaType, long size, String sha256) {}
