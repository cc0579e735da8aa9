package io.mekiki.provider.web;

import io.mekiki.provider.ProviderRegister.DocumentContent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An attestation's document as a download: always saved, never shown inline, under its original name and
 * with the type detected when it was stored, which the browser must not second-guess.
 */
final class DocumentDownload {

    private DocumentDownload() {}

    static void write(DocumentContent content, HttpServletResponse response) throws IOException {
        MediaType type = MediaType.parseMediaType(content.document().mediaType());
        if ("text".equals(type.getType())) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        String name = content.document().fileName();
        boolean plainAscii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type.toString());
        response.setContentLengthLong(content.document().size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                (plainAscii ? disposition.filename(name) : disposition.filename(name, StandardCharsets.UTF_8))
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = response.getOutputStream();
        content.content().writeTo(out);
        out.flush();
    }
}
