package io.mekiki.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A stored file as a download, the same for every module that keeps files (report attachments,
 * attestation documents, decision evidence): always saved, never shown inline, under its original name
 * (RFC 5987 for names beyond ASCII), with the type detected when it was stored, which the browser must
 * not second-guess, and with its SHA-256 as {@code Repr-Digest} when it is known. The bytes stream from
 * the store to the response.
 */
public final class FileDownload {

    private FileDownload() {}

    /** Writes a stored file's bytes. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Answers with the file.
     *
     * @param sha256 hex digest of the content, sent as {@code Repr-Digest}; null leaves the header out
     */
    public static void write(
            String fileName,
            String mediaType,
            long size,
            @Nullable String sha256,
            Bytes content,
            HttpServletResponse response)
            throws IOException {
        MediaType type = MediaType.parseMediaType(mediaType);
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type.toString());
        response.setContentLengthLong(size);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (sha256 != null) {
            response.setHeader(
                    "Repr-Digest",
                    "sha-256=:"
                            + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        }
        OutputStream out = response.getOutputStream();
        content.writeTo(out);
        out.flush();
    }

    /** Plain ASCII names go as they are; others also as {@code filename*=UTF-8''…}, which browsers prefer. */
    public static String contentDisposition(String fileName) {
        boolean plainAscii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        return (plainAscii ? disposition.filename(fileName) : disposition.filename(fileName, StandardCharsets.UTF_8))
                .build()
                .toString();
    }
}
