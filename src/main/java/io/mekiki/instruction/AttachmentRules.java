package io.mekiki.instruction;

import org.springframework.stereotype.Component;

/**
 * The rules of report attachments (size limit, types detected from the bytes, clean file names) for
 * other modules that keep documents, so that every stored file in Mekiki passes the same gate.
 */
@Component
public class AttachmentRules {

    private final AttachmentSettings settings;

    AttachmentRules(AttachmentSettings settings) {
        this.settings = settings;
    }

    /**
     * The file as it may be stored, or a refusal ({@link InstructionRuleViolation}, 400 in the API) naming
     * {@code field} when it is empty, too large or of a type that may not be attached.
     */
    public CheckedFile check(Upload upload, String field) {
        AttachmentInspection.InspectedFile file =
                new AttachmentInspection(settings.maxSize().toBytes(), field).inspect(upload);
        return new CheckedFile(file.fileName(), file.mediaType(), file.size(), file.sha256(), file.content());
    }

    /** The largest file allowed, in whole megabytes, as users read it. */
    public long maxMegabytes() {
        return settings.maxMegabytes();
    }

    /**
     * A file that passed the rules.
     *
     * @param fileName the name without folders or control characters
     * @param mediaType the type detected from the content
     * @param sha256 hex digest of the content
     */
    public record CheckedFile(String fileName, String mediaType, long size, String sha256, byte[] content) {}
}
