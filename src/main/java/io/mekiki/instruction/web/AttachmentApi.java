package io.mekiki.instruction.web;

import io.mekiki.instruction.Instructions;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/attachments")
@Tag(name = "Instructions")
class AttachmentApi {

    private final Instructions instructions;

    AttachmentApi(Instructions instructions) {
        this.instructions = instructions;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Download a report attachment (any member of the organisation)",
            description = "As a download under its original name, with the media type detected when it was stored,"
                    + " `X-Content-Type-Options: nosniff` and `Repr-Digest: sha-256=:…:` (the stored SHA-256).")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", description = "No such attachment in my organisation")
    void download(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        var attachment = instructions.attachment(user, id);
        FileDownload.write(
                attachment.fileName(),
                attachment.mediaType(),
                attachment.size(),
                attachment.sha256(),
                attachment.content()::writeTo,
                response);
    }
}
