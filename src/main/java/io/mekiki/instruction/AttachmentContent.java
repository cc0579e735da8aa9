package io.mekiki.instruction;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A stored attachment to download: what it is, and its bytes, which are written to the response in
 * slices read from the database one after another, so that a large file never sits in memory whole.
 */
public record AttachmentContent(String fileName, String mediaType, String sha256, long size, Bytes content) {

    /** Writes the attachment's bytes. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }
}
