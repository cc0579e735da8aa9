package io.mekiki.instruction.web;

import io.mekiki.instruction.AttachmentContent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored attachment as a download: always saved, never shown inline, under its original name
 * (RFC 5987 for names beyond ASCII) and with the type detected when it was stored, which the
 * browser must not second-guess.
 */
final class AttachmentDownload {

    private AttachmentDownload() {}

    static ResponseEntity<byte[]> of(AttachmentContent attachment) {
        MediaType type = MediaType.parseMediaType(attachment.mediaType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(attachment.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(attachment.sha256()))
                                + ":")
                .body(attachment.content());
    }

    /** Plain ASCII names go as they are; others also as {@code filename*=UTF-8''…}, which browsers prefer. */
    static String contentDisposition(String fileName) {
        boolean plainAscii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        return (plainAscii ? disposition.filename(fileName) : disposition.filename(fileName, StandardCharsets.UTF_8))
                .build()
                .toString();
    }
}
