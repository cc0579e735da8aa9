package io.mekiki.decision.web;

import io.mekiki.decision.Decisions;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.FileDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files as the page and the API receive and send them. */
final class EvidenceUploads {

    private EvidenceUploads() {}

    /** The files sent; an empty file input (no name, no bytes) is no file. */
    static List<Upload> of(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            try {
                uploads.add(new Upload(name, file.getBytes()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return uploads;
    }

    static void download(Decisions.EvidenceDownload download, HttpServletResponse response) throws IOException {
        FileDownload.write(
                download.file().fileName(),
                download.file().mediaType(),
                download.file().size(),
                download.file().sha256(),
                download.content(),
                response);
    }
}
