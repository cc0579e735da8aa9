package io.mekiki.instruction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * Decides what an uploaded file is from its bytes alone (the name may say anything) and lets through
 * only what a report needs: PDF, PNG, JPEG, GIF, UTF-8 text and Word, Excel and PowerPoint documents
 * (Office Open XML without macros). Everything else, executables, web pages and SVG included, is
 * refused with the file's name.
 */
final class AttachmentInspection {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String TEXT = "text/plain";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    static final int FILE_NAME_MAX = 255;

    private static final Set<String> DIRECT = Set.of(PDF, PNG, JPEG, GIF);
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-tika-ooxml");
    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private final long maxBytes;

    AttachmentInspection(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file with its cleaned name, detected type and digest; refused when too large, empty or not allowed. */
    InspectedFile inspect(Upload upload) {
        String name = fileName(upload.fileName());
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length > maxBytes) {
            throw InstructionRuleViolation.invalid(
                    "files", "instruction.error.fileTooLarge", name, maxBytes / (1024 * 1024));
        }
        if (content.length == 0) {
            throw InstructionRuleViolation.invalid("files", "instruction.error.fileEmpty", name);
        }
        String mediaType = mediaType(content);
        if (mediaType == null) {
            throw InstructionRuleViolation.invalid("files", "instruction.error.fileType", name);
        }
        return new InspectedFile(name, mediaType, content.length, sha256(content), content);
    }

    /** The allowed media type of the content, or null when it is not allowed. */
    static @Nullable String mediaType(byte[] content) {
        String detected = magic(content);
        if (DIRECT.contains(detected)) {
            return detected;
        }
        if (TEXT.equals(detected)) {
            return isCleanUtf8Text(content) ? TEXT : null;
        }
        if (ZIP_TYPES.contains(detected)) {
            return officeDocument(content);
        }
        return null;
    }

    private static String magic(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            MediaType type = MAGIC.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Valid UTF-8 with no control characters other than tab, line breaks and form feed. */
    static boolean isCleanUtf8Text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * A ZIP is allowed only as a Word, Excel or PowerPoint document: it lists {@code [Content_Types].xml}
     * and the part folder of one of them, and carries no macros. Only the archive's directory is read,
     * nothing is unpacked.
     */
    static @Nullable String officeDocument(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("mekiki-attachment-", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                boolean contentTypes = false;
                boolean word = false;
                boolean excel = false;
                boolean powerPoint = false;
                var entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.endsWith("vbaProject.bin")) {
                        return null;
                    }
                    contentTypes |= name.equals("[Content_Types].xml");
                    word |= name.startsWith("word/");
                    excel |= name.startsWith("xl/");
                    powerPoint |= name.startsWith("ppt/");
                }
                if (!contentTypes) {
                    return null;
                }
                return word ? DOCX : excel ? XLSX : powerPoint ? PPTX : null;
            }
        } catch (ZipException | IllegalArgumentException broken) {
            return null;
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system later
                }
            }
        }
    }

    /**
     * The name as the user knows it, without any folder a browser sent along, control characters or
     * excess length; "attachment" when nothing is left.
     */
    static String fileName(@Nullable String original) {
        if (original == null) {
            return "attachment";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder cleaned = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"').forEach(cleaned::appendCodePoint);
        String result = cleaned.toString().strip();
        if (result.length() > FILE_NAME_MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            int cut = FILE_NAME_MAX - extension.length();
            if (Character.isLowSurrogate(result.charAt(cut))) {
                cut--;
            }
            result = result.substring(0, cut) + extension;
        }
        return result.isEmpty() || result.equals(".") || result.equals("..") ? "attachment" : result;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A file that may be stored. */
    record InspectedFile(String fileName, String mediaType, long size, String sha256, byte[] content) {}
}
