import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Verifies an exported Mekiki audit ledger (JSON Lines) without Mekiki and without any library:
 *
 * <pre>
 *   java tools/VerifyLedger.java ledger.jsonl
 *   java tools/VerifyLedger.java --expect-head 42 3f5a...e9 ledger.jsonl
 *   java tools/VerifyLedger.java --checkpoint mekiki-ledger-checkpoint-42.json ledger.jsonl
 * </pre>
 *
 * <p>It repeats the rules of {@code io.mekiki.audit.LedgerChain}: sequences run 1, 2, 3, ... without a
 * gap; the first entry's previousHash is 64 zeros and every other entry's previousHash is the entryHash
 * of the entry before; changeDigest is the SHA-256 (lower-case hex) of the UTF-8 bytes of change; and
 * entryHash is the SHA-256 of these fields joined by a line feed: sequence, recordedAt, organizationId,
 * actorId, actorName, action, subjectType, subjectId, changeDigest, previousHash. None of these fields
 * may itself contain a line feed, or its text could be moved across a field boundary unnoticed.
 *
 * <p>With {@code --expect-head} it also proves that the file still holds the head noted down earlier
 * (from the ledger page or from a previous run), so that entries cut off at the end are noticed too.
 * {@code --checkpoint} does the same with a checkpoint file saved from the ledger page or from
 * {@code GET /api/v1/audit/head} (its lastSequence and lastHash).
 *
 * <p>Exit codes: 0 the chain is intact, 1 the chain is broken, 2 the file or the arguments are malformed.
 */
public final class VerifyLedger {

    static final String GENESIS_HASH = "0".repeat(64);
    static final List<String> FIELDS = List.of(
            "sequence",
            "organizationId",
            "recordedAt",
            "actorId",
            "actorName",
            "action",
            "subjectType",
            "subjectId",
            "change",
            "changeDigest",
            "previousHash",
            "entryHash");

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final String USAGE =
            "Usage: java tools/VerifyLedger.java [--expect-head <sequence> <hash> | --checkpoint <checkpoint.json>]"
                    + " <ledger.jsonl>";
    private static final Pattern CHECKPOINT_SEQUENCE = Pattern.compile("\"lastSequence\"\\s*:\\s*(-?[0-9]+)");
    private static final Pattern CHECKPOINT_HASH = Pattern.compile("\"lastHash\"\\s*:\\s*\"([^\"]*)\"");

    private VerifyLedger() {}

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(args);
        } catch (Malformed e) {
            System.err.println(e.getMessage());
            exitCode = 2;
        }
        System.out.flush();
        System.exit(exitCode);
    }

    static int run(String[] args) {
        Path file = null;
        ExpectedHead expectedHead = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(USAGE);
                return 0;
            } else if (arg.equals("--expect-head")) {
                if (i + 2 >= args.length) {
                    throw new Malformed("MALFORMED ARGUMENTS: --expect-head needs a sequence and a hash\n" + USAGE);
                }
                expectedHead = ExpectedHead.parse(args[++i], args[++i]);
            } else if (arg.equals("--checkpoint")) {
                if (i + 1 >= args.length) {
                    throw new Malformed("MALFORMED ARGUMENTS: --checkpoint needs a file\n" + USAGE);
                }
                expectedHead = checkpoint(Path.of(args[++i]));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new Malformed("MALFORMED ARGUMENTS: unknown option " + arg + "\n" + USAGE);
            } else if (file != null) {
                throw new Malformed("MALFORMED ARGUMENTS: give exactly one ledger file\n" + USAGE);
            } else {
                file = Path.of(arg);
            }
        }
        if (file == null) {
            throw new Malformed("MALFORMED ARGUMENTS: no ledger file given\n" + USAGE);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Result result = verify(new LineReader(in), expectedHead);
            System.out.println(result.message());
            return result.valid() ? 0 : 1;
        } catch (NoSuchFileException e) {
            throw new Malformed("MALFORMED ARGUMENTS: no such file: " + file);
        } catch (IOException e) {
            throw new Malformed("MALFORMED: could not read " + file + ": " + e.getMessage());
        }
    }

    /** The head recorded in a checkpoint file saved from Mekiki. */
    static ExpectedHead checkpoint(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Malformed("MALFORMED ARGUMENTS: no such checkpoint file: " + file);
        } catch (IOException e) {
            throw new Malformed("MALFORMED: could not read the checkpoint " + file + ": " + e.getMessage());
        }
        var sequence = CHECKPOINT_SEQUENCE.matcher(text);
        var hash = CHECKPOINT_HASH.matcher(text);
        if (!sequence.find() || !hash.find()) {
            throw new Malformed("MALFORMED: " + file + " is not a Mekiki ledger checkpoint (lastSequence and lastHash"
                    + " are missing)");
        }
        return ExpectedHead.parse(sequence.group(1), hash.group(1));
    }

    /** Reads the whole file and stops at the first entry that cannot be vouched for. */
    static Result verify(LineReader lines, ExpectedHead expectedHead) throws IOException {
        long expectedSequence = 1;
        String previousHash = GENESIS_HASH;
        ExpectedHeadCheck headCheck = new ExpectedHeadCheck(expectedHead);
        String line;
        while ((line = lines.next()) != null) {
            long lineNumber = lines.number();
            Entry entry = Entry.of(JsonLine.parse(line, lineNumber), lineNumber);
            String problem = problemWith(entry, expectedSequence, previousHash);
            if (problem == null) {
                problem = headCheck.problemWith(entry);
            }
            if (problem != null) {
                return Result.invalid(expectedSequence, lineNumber, problem);
            }
            expectedSequence++;
            previousHash = entry.entryHash();
        }
        long lastSequence = expectedSequence - 1;
        String missing = headCheck.problemAtEnd(lastSequence);
        if (missing != null) {
            return Result.invalid(expectedSequence, lines.number() + 1, missing);
        }
        String message = "VALID: " + lastSequence + " entries, head " + lastSequence + " " + previousHash;
        if (expectedHead != null) {
            message += "\nThe expected head " + expectedHead.sequence() + " " + expectedHead.hash()
                    + " is part of the chain.";
        }
        return new Result(true, message);
    }

    private static String problemWith(Entry entry, long expectedSequence, String previousHash) {
        if (entry.sequence() != expectedSequence) {
            return "expected sequence " + expectedSequence + " but found " + entry.sequence()
                    + (expectedSequence == 1 ? "" : " (an entry is missing, added or out of order)");
        }
        if (!entry.previousHash().equals(previousHash)) {
            return expectedSequence == 1
                    ? "previousHash of the first entry is not 64 zeros"
                    : "previousHash " + entry.previousHash() + " is not the entryHash of sequence "
                            + (expectedSequence - 1) + " (" + previousHash + ")";
        }
        String changeDigest = sha256(entry.change());
        if (!changeDigest.equals(entry.changeDigest())) {
            return "change does not match its changeDigest (the change hashes to " + changeDigest + ")";
        }
        String[] names = {"recordedAt", "organizationId", "actorId", "actorName", "action", "subjectType", "subjectId"};
        String[] values = {
            entry.recordedAt(),
            entry.organizationId(),
            entry.actorId(),
            entry.actorName(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId()
        };
        for (int i = 0; i < names.length; i++) {
            if (values[i].indexOf('\n') >= 0) {
                return names[i] + " contains a line feed, which the entry hash cannot tell from a field boundary";
            }
        }
        String entryHash = sha256(String.join(
                "\n",
                Long.toString(entry.sequence()),
                entry.recordedAt(),
                entry.organizationId(),
                entry.actorId(),
                entry.actorName(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.changeDigest(),
                entry.previousHash()));
        if (!entryHash.equals(entry.entryHash())) {
            return "entryHash does not match the entry's fields (they hash to " + entryHash + ")";
        }
        return null;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    record Result(boolean valid, String message) {
        static Result invalid(long sequence, long line, String reason) {
            return new Result(false, "INVALID at sequence " + sequence + " (line " + line + "): " + reason);
        }
    }

    /** The head an auditor noted down earlier: the chain must still contain exactly this entry. */
    record ExpectedHead(long sequence, String hash) {
        static ExpectedHead parse(String sequence, String hash) {
            if (!INTEGER.matcher(sequence).matches() || sequence.startsWith("-")) {
                throw new Malformed("MALFORMED ARGUMENTS: the expected head sequence must be a whole number >= 0,"
                        + " not \"" + sequence + "\"");
            }
            long parsed;
            try {
                parsed = Long.parseLong(sequence);
            } catch (NumberFormatException e) {
                throw new Malformed("MALFORMED ARGUMENTS: the expected head sequence " + sequence + " is too large");
            }
            String normalized = hash.toLowerCase(Locale.ROOT);
            if (!HASH.matcher(normalized).matches()) {
                throw new Malformed("MALFORMED ARGUMENTS: the expected head hash must be 64 hexadecimal digits,"
                        + " not \"" + hash + "\"");
            }
            if (parsed == 0 && !normalized.equals(GENESIS_HASH)) {
                throw new Malformed("MALFORMED ARGUMENTS: the head of an empty chain (sequence 0) is 64 zeros");
            }
            return new ExpectedHead(parsed, normalized);
        }
    }

    private static final class ExpectedHeadCheck {
        private final ExpectedHead expected;

        ExpectedHeadCheck(ExpectedHead expected) {
            this.expected = expected;
        }

        String problemWith(Entry entry) {
            if (expected != null && entry.sequence() == expected.sequence() && !entry.entryHash().equals(expected.hash())) {
                return "entryHash " + entry.entryHash() + " is not the expected head hash " + expected.hash()
                        + " (the chain up to this entry has been rewritten)";
            }
            return null;
        }

        String problemAtEnd(long lastSequence) {
            if (expected != null && lastSequence < expected.sequence()) {
                return "the file ends at sequence " + lastSequence + " but the expected head is sequence "
                        + expected.sequence() + " (entries are missing at the end)";
            }
            return null;
        }
    }

    /** One line of the export, checked for its fields and their types. */
    record Entry(
            long sequence,
            String organizationId,
            String recordedAt,
            String actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String change,
            String changeDigest,
            String previousHash,
            String entryHash) {

        static Entry of(Map<String, Object> fields, long line) {
            for (String name : fields.keySet()) {
                if (!FIELDS.contains(name)) {
                    throw new Malformed("MALFORMED at line " + line + ": unknown field \"" + name + "\"");
                }
            }
            for (String name : FIELDS) {
                if (!fields.containsKey(name)) {
                    throw new Malformed("MALFORMED at line " + line + ": missing field \"" + name + "\"");
                }
            }
            return new Entry(
                    sequence(fields.get("sequence"), line),
                    text(fields, "organizationId", line),
                    text(fields, "recordedAt", line),
                    text(fields, "actorId", line),
                    text(fields, "actorName", line),
                    text(fields, "action", line),
                    text(fields, "subjectType", line),
                    text(fields, "subjectId", line),
                    text(fields, "change", line),
                    text(fields, "changeDigest", line),
                    text(fields, "previousHash", line),
                    text(fields, "entryHash", line));
        }

        private static long sequence(Object value, long line) {
            if (!(value instanceof JsonNumber number) || !INTEGER.matcher(number.text()).matches()) {
                throw new Malformed("MALFORMED at line " + line + ": \"sequence\" must be a whole number");
            }
            try {
                return Long.parseLong(number.text());
            } catch (NumberFormatException e) {
                throw new Malformed("MALFORMED at line " + line + ": \"sequence\" " + number.text() + " is too large");
            }
        }

        private static String text(Map<String, Object> fields, String name, long line) {
            if (!(fields.get(name) instanceof String text)) {
                throw new Malformed("MALFORMED at line " + line + ": \"" + name + "\" must be a string");
            }
            return text;
        }
    }

    /** A number exactly as written, so that nothing is lost by converting it. */
    record JsonNumber(String text) {}

    /**
     * A strict parser for one JSON object whose values are strings or numbers (RFC 8259): no other
     * value types, no duplicate keys, nothing after the closing brace but white space.
     */
    static final class JsonLine {
        private final String text;
        private final long line;
        private int position;

        private JsonLine(String text, long line) {
            this.text = text;
            this.line = line;
        }

        static Map<String, Object> parse(String text, long line) {
            JsonLine parser = new JsonLine(text, line);
            Map<String, Object> object = parser.object();
            parser.skipWhiteSpace();
            if (parser.position < text.length()) {
                throw parser.error("unexpected " + parser.describeCurrent() + " after the end of the object");
            }
            return object;
        }

        private Map<String, Object> object() {
            skipWhiteSpace();
            expect('{', "'{' at the start of the line");
            Map<String, Object> fields = new LinkedHashMap<>();
            skipWhiteSpace();
            if (peek() == '}') {
                position++;
                return fields;
            }
            while (true) {
                skipWhiteSpace();
                if (peek() != '"') {
                    throw error("expected a field name in double quotes but found " + describeCurrent());
                }
                int keyStart = position;
                String key = string();
                if (fields.containsKey(key)) {
                    position = keyStart;
                    throw error("duplicate field \"" + key + "\"");
                }
                skipWhiteSpace();
                expect(':', "':' after the field name");
                skipWhiteSpace();
                fields.put(key, value());
                skipWhiteSpace();
                char next = peek();
                if (next == ',') {
                    position++;
                } else if (next == '}') {
                    position++;
                    return fields;
                } else {
                    throw error("expected ',' or '}' but found " + describeCurrent());
                }
            }
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            if (c == '{' || c == '[' || c == 't' || c == 'f' || c == 'n') {
                throw error("only strings and numbers are allowed as values in a ledger line");
            }
            throw error("expected a value but found " + describeCurrent());
        }

        private String string() {
            expect('"', "'\"'");
            StringBuilder out = new StringBuilder();
            while (true) {
                if (position >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(position);
                if (c == '"') {
                    position++;
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error(String.format("unescaped control character U+%04X in a string", (int) c));
                }
                if (c != '\\') {
                    out.append(c);
                    position++;
                    continue;
                }
                int escapeStart = position;
                position++;
                if (position >= text.length()) {
                    throw error("unterminated escape sequence");
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        char unit = hexUnit();
                        if (Character.isHighSurrogate(unit)) {
                            if (!text.startsWith("\\u", position)) {
                                position = escapeStart;
                                throw error("\\u escape of a high surrogate not followed by a low surrogate");
                            }
                            position += 2;
                            char low = hexUnit();
                            if (!Character.isLowSurrogate(low)) {
                                position = escapeStart;
                                throw error("\\u escape of a high surrogate not followed by a low surrogate");
                            }
                            out.append(unit).append(low);
                        } else if (Character.isLowSurrogate(unit)) {
                            position = escapeStart;
                            throw error("\\u escape of a low surrogate without a high surrogate before it");
                        } else {
                            out.append(unit);
                        }
                    }
                    default -> {
                        position = escapeStart;
                        throw error("invalid escape sequence \\" + escaped);
                    }
                }
            }
        }

        private char hexUnit() {
            if (position + 4 > text.length()) {
                throw error("\\u must be followed by four hexadecimal digits");
            }
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(text.charAt(position + i), 16);
                if (digit < 0) {
                    throw error("\\u must be followed by four hexadecimal digits");
                }
                value = value * 16 + digit;
            }
            position += 4;
            return (char) value;
        }

        private JsonNumber number() {
            int start = position;
            if (peek() == '-') {
                position++;
            }
            if (peek() == '0') {
                position++;
            } else if (isDigit(peek())) {
                digits();
            } else {
                throw error("invalid number");
            }
            if (peek() == '.') {
                position++;
                if (!isDigit(peek())) {
                    throw error("invalid number: digits must follow the decimal point");
                }
                digits();
            }
            if (peek() == 'e' || peek() == 'E') {
                position++;
                if (peek() == '+' || peek() == '-') {
                    position++;
                }
                if (!isDigit(peek())) {
                    throw error("invalid number: digits must follow the exponent");
                }
                digits();
            }
            return new JsonNumber(text.substring(start, position));
        }

        private void digits() {
            while (isDigit(peek())) {
                position++;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private void skipWhiteSpace() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c != ' ' && c != '\t' && c != '\r') {
                    return;
                }
                position++;
            }
        }

        private void expect(char c, String what) {
            if (peek() != c) {
                throw error("expected " + what + " but found " + describeCurrent());
            }
            position++;
        }

        /** The current character, or U+0000 at the end of the line (never valid where it is asked for). */
        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        private String describeCurrent() {
            if (position >= text.length()) {
                return "the end of the line";
            }
            int codePoint = text.codePointAt(position);
            return codePoint < 0x20
                    ? String.format("U+%04X", codePoint)
                    : "'" + new String(Character.toChars(codePoint)) + "'";
        }

        private Malformed error(String problem) {
            return new Malformed(
                    "MALFORMED at line " + line + ", column " + (position + 1) + ": " + problem);
        }
    }

    /** Splits the file at line feeds and decodes each line as strict UTF-8. */
    static final class LineReader {
        private final InputStream in;
        private long number;
        private boolean ended;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The next line without its line end, or null at the end of the file. */
        String next() throws IOException {
            if (ended) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                bytes.write(b);
            }
            if (b == -1) {
                ended = true;
                if (bytes.size() == 0) {
                    return null;
                }
            }
            number++;
            byte[] raw = bytes.toByteArray();
            int start = number == 1 && startsWithByteOrderMark(raw) ? 3 : 0;
            int end = raw.length > start && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            String line = decode(raw, start, end);
            if (line.isBlank()) {
                throw new Malformed("MALFORMED at line " + number
                        + ": the line is blank (JSON Lines has one object on every line)");
            }
            return line;
        }

        long number() {
            return number;
        }

        private String decode(byte[] raw, int start, int end) {
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw, start, end - start))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new Malformed("MALFORMED at line " + number + ": the line is not valid UTF-8");
            }
        }

        private static boolean startsWithByteOrderMark(byte[] raw) {
            return raw.length >= 3 && (raw[0] & 0xff) == 0xef && (raw[1] & 0xff) == 0xbb && (raw[2] & 0xff) == 0xbf;
        }
    }

    /** The file or the arguments cannot be read as an export: exit code 2. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
