package io.mekiki.exit.web;

import io.mekiki.exit.Exit;
import io.mekiki.exit.ExitDossier;
import io.mekiki.exit.Exits;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.Sha256;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/** Downloads of the exit module, for the pages and the API alike. */
final class ExitDownloads {

    private ExitDownloads() {}

    static void dossier(Exit exit, byte[] zip, HttpServletResponse response) throws IOException {
        FileDownload.write(
                ExitDossier.fileName(exit),
                "application/zip",
                zip.length,
                Sha256.hex(zip),
                out -> out.write(zip),
                response);
    }

    static void certificate(Exits.Certificate certificate, HttpServletResponse response) throws IOException {
        FileDownload.write(
                Objects.requireNonNull(certificate.evidence().fileName()),
                Objects.requireNonNull(certificate.evidence().fileType()),
                Objects.requireNonNull(certificate.evidence().fileSize()),
                certificate.evidence().fileSha256(),
                out -> out.write(certificate.content()),
                response);
    }
}
