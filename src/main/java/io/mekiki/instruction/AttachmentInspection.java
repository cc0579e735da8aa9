package io.mekiki.instruction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

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
    private static final String TYPE_REFUSED = "instruction.error.fileType";

    /** The content type of each format's main part, as its {@code [Content_Types].xml} must declare it. */
    private static final Map<String, String> MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", PPTX);

    /** A file named like an Office document must be that document (a renamed one is refused). */
    private static final Map<String, String> OFFICE_EXTENSIONS =
            Map.of("docx", DOCX, "docm", DOCX, "xlsx", XLSX, "xlsm", XLSX, "pptx", PPTX, "pptm", PPTX);

    /** The signature of an OLE compound file (MS-CFB), which a VBA project is. */
    private static final byte[] COMPOUND_FILE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private static final int PARTS_MAX = 10_000;
    private static final int CONTENT_TYPES_MAX = 1024 * 1024;

    private final long maxBytes;
    private final String field;

    AttachmentInspection(long maxBytes) {
        this(maxBytes, "files");
    }

    /** @param field the input that carries the file, named in a refusal */
    AttachmentInspection(long maxBytes, String field) {
        this.maxBytes = maxBytes;
        this.field = field;
    }

    /** The file with its cleaned name, detected type and digest; refused when too large, empty or not allowed. */
    InspectedFile inspect(Upload upload) {
        String name = fileName(upload.fileName());
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length > maxBytes) {
            throw InstructionRuleViolation.invalid(
                    field, "instruction.error.fileTooLarge", name, maxBytes / (1024 * 1024));
        }
        if (content.length == 0) {
            throw InstructionRuleViolation.invalid(field, "instruction.error.fileEmpty", name);
        }
        Verdict verdict = verdict(content);
        if (verdict.mediaType() == null) {
            throw InstructionRuleViolation.invalid(field, verdict.refusal(), name);
        }
        String claimed = OFFICE_EXTENSIONS.get(extension(name));
        if (claimed != null && !claimed.equals(verdict.mediaType())) {
            throw InstructionRuleViolation.invalid(field, "instruction.error.fileNotDocument", name);
        }
        return new InspectedFile(name, verdict.mediaType(), content.length, sha256(content), content);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The allowed media type of the content, or null when it is not allowed. */
    static @Nullable String mediaType(byte[] content) {
        return verdict(content).mediaType();
    }

    /** The media type the content is allowed as, or the message code of its refusal. */
    private static Verdict verdict(byte[] content) {
        String detected = magic(content);
        if (DIRECT.contains(detected)) {
            return Verdict.allowed(detected);
        }
        if (TEXT.equals(detected)) {
            return isCleanUtf8Text(content) ? Verdict.allowed(TEXT) : Verdict.refused(TYPE_REFUSED);
        }
        if (ZIP_TYPES.contains(detected)) {
            OfficeVerdict office = officeDocument(content);
            return switch (office) {
                case MACROS -> Verdict.refused("instruction.error.fileMacros");
                case NOT_A_DOCUMENT -> Verdict.refused("instruction.error.fileNotDocument");
                default -> Verdict.allowed(office.mediaType());
            };
        }
        return Verdict.refused(TYPE_REFUSED);
    }

    /** Either an allowed media type or the message code that says why not. */
    private record Verdict(
            @Nullable String mediaType, @Nullable String refusal) {
        static Verdict allowed(String mediaType) {
            return new Verdict(mediaType, null);
        }

        static Verdict refused(String code) {
            return new Verdict(null, code);
        }
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
     * A ZIP is allowed only as a Word, Excel or PowerPoint document: its {@code [Content_Types].xml}
     * declares the main part of exactly that format, the part and the package relationships are there,
     * and it carries no macros. Macros are found by what the package declares (a VBA project, a
     * macro-enabled or macro sheet type, ActiveX) and by content (any part that is an OLE compound
     * file, as a VBA project is, whatever it is called), not by part names, which are free. Parts are
     * only peeked at: the first bytes of each, and the content types up to {@value #CONTENT_TYPES_MAX}
     * bytes.
     */
    static OfficeVerdict officeDocument(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("mekiki-attachment-", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > PARTS_MAX) {
                    return OfficeVerdict.NOT_A_DOCUMENT;
                }
                ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
                if (contentTypes == null || zip.getEntry("_rels/.rels") == null) {
                    return OfficeVerdict.NOT_A_DOCUMENT;
                }
                Map<String, String> overrides = new HashMap<>();
                List<String> declared = new ArrayList<>();
                if (!readContentTypes(zip, contentTypes, overrides, declared)) {
                    return OfficeVerdict.NOT_A_DOCUMENT;
                }
                if (declared.stream().anyMatch(AttachmentInspection::isActiveContentType)) {
                    return OfficeVerdict.MACROS;
                }
                var entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && isCompoundFile(zip, entry)) {
                        return OfficeVerdict.MACROS;
                    }
                }
                for (Map.Entry<String, String> main : MAIN_PARTS.entrySet()) {
                    for (Map.Entry<String, String> override : overrides.entrySet()) {
                        if (override.getValue().equals(main.getKey()) && zip.getEntry(override.getKey()) != null) {
                            return OfficeVerdict.of(main.getValue());
                        }
                    }
                }
                return OfficeVerdict.NOT_A_DOCUMENT;
            }
        } catch (ZipException | IllegalArgumentException broken) {
            return OfficeVerdict.NOT_A_DOCUMENT;
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
     * Reads the declared content types: overrides by part name (without the leading slash) and every
     * declared type, defaults included. False when the file is not the XML it must be.
     */
    private static boolean readContentTypes(
            ZipFile zip, ZipEntry entry, Map<String, String> overrides, List<String> declared) throws IOException {
        byte[] xml;
        try (InputStream in = zip.getInputStream(entry)) {
            xml = in.readNBytes(CONTENT_TYPES_MAX + 1);
        }
        if (xml.length > CONTENT_TYPES_MAX) {
            return false;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Element types = document.getDocumentElement();
            if (!"Types".equals(types.getLocalName())) {
                return false;
            }
            NodeList children = types.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element) {
                    String type = element.getAttribute("ContentType").strip().toLowerCase(Locale.ROOT);
                    declared.add(type);
                    if ("Override".equals(element.getLocalName())) {
                        String part = element.getAttribute("PartName");
                        overrides.put(part.startsWith("/") ? part.substring(1) : part, type);
                    }
                }
            }
            return true;
        } catch (ParserConfigurationException | SAXException notXml) {
            return false;
        }
    }

    /** A VBA project, its signatures and data, macro-enabled main parts, macro sheets and ActiveX controls. */
    static boolean isActiveContentType(String type) {
        return type.contains("vbaproject")
                || type.contains("vbadata")
                || type.contains("macroenabled")
                || type.contains("macrosheet")
                || type.contains("activex");
    }

    /** Whether the part starts with the signature of an OLE compound file (VBA projects, embedded programs). */
    private static boolean isCompoundFile(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return Arrays.equals(in.readNBytes(COMPOUND_FILE.length), COMPOUND_FILE);
        }
    }

    /** What a ZIP turned out to be. */
    enum OfficeVerdict {
        WORD(DOCX),
        EXCEL(XLSX),
        POWER_POINT(PPTX),
        MACROS(null),
        NOT_A_DOCUMENT(null);

        private final @Nullable String mediaType;

        OfficeVerdict(@Nullable String mediaType) {
            this.mediaType = mediaType;
        }

        @Nullable
        String mediaType() {
            return mediaType;
        }

        static OfficeVerdict of(String mediaType) {
            return Arrays.stream(values())
                    .filter(verdict -> mediaType.equals(verdict.mediaType))
                    .findFirst()
                    .orElseThrow();
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
        return io.mekiki.shared.Sha256.hex(content);
    }

    /** A file that may be stored. */
    record InspectedFile(String fileName, String mediaType, long size, String sha256, byte[] content) {}
}
