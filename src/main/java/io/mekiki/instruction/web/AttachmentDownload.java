package io.mekiki.instruction.web;

import io.mekiki.instruction.AttachmentContent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A stored attachment as a download: always saved, never shown inline, under its original name
 * (RFC 5987 for names beyond ASCII) and with the type detected when it was stored, which the
 * browser must not second-guess. The bytes stream from the database to the response.
 */
final class AttachmentDownload {

    private AttachmentDownload() {}

    static void write(AttachmentContent attachment, HttpServletResponse response) throws IOException {
        MediaType type = MediaType.parseMediaType(attachment.mediaType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type.toString());
        response.setContentLengthLong(attachment.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Repr-Digest",
                "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256())) + ":");
        OutputStream out = response.getOutputStream();
        attachment.content().writeTo(out);
        out.flush();
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
