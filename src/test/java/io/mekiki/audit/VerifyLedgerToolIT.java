package io.mekiki.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.audit.LedgerFixtures.TestChange;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.shared.Actor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code tools/VerifyLedger.java} exactly as an auditor would, on a real export and on tampered
 * copies of it: the external verifier and the application must agree on every hash.
 */
class VerifyLedgerToolIT extends ApplicationTest {

    private static final Path PROJECT_ROOT = Path.of(System.getProperty("user.dir"));
    private static final Path TOOL = Path.of("tools", "VerifyLedger.java");
    private static final int ENTRIES = 6;

    private final IdentityFixtures identities;
    private final LedgerFixtures fixtures;
    private final AuditLedger ledger;

    @Autowired
    VerifyLedgerToolIT(IdentityFixtures identities, LedgerFixtures fixtures, AuditLedger ledger) {
        this.identities = identities;
        this.fixtures = fixtures;
        this.ledger = ledger;
    }

    @TempDir
    private Path directory;

    private MekikiUser auditor;
    private String token;
    private List<String> exported;
    private AuditLedger.ChainHead head;

    /** An organisation whose ledger holds text that needs every kind of care in JSON and in UTF-8. */
    @BeforeEach
    void exportARealChain() throws IOException {
        assertThat(PROJECT_ROOT.resolve(TOOL))
                .as("run the tests from the project root")
                .isRegularFile();
        auditor = identities.userInNewOrganization(Role.AUDITOR);
        token = identities.token(auditor);
        record(LedgerFixtures.AUDITED_USER, "CONTRACT", "contract-1", Map.of("vendor", "株式会社アクメ", "amount", 1200));
        record(
                new Actor("user-2", "O'Brien \\ \"Bob\" 😀"),
                "CONTRACT",
                "contract 2 / 契約",
                Map.of("note", "line one\nline two\ttabbed\rreturn\u0001\u001f", "emoji", "🎌 é ß"));
        record(
                LedgerFixtures.AUDITED_USER,
                "VENDOR",
                "vendor-1",
                Map.of("ratings", List.of(Map.of("z", 1, "a", "b"), List.of()), "empty", ""));
        record(LedgerFixtures.AUDITED_USER, "CONTRACT", "contract-1", Map.of());
        record(LedgerFixtures.AUDITED_USER, "CONTRACT", "contract-3", Map.of("big", 9_007_199_254_740_993L));

        AuditApiClient api = new AuditApiClient(url(""));
        HttpResponse<byte[]> export = api.download("/api/v1/audit/export", token);
        assertThat(export.statusCode()).isEqualTo(200);
        Path file = directory.resolve("ledger.jsonl");
        Files.write(file, export.body());
        exported = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(exported).hasSize(ENTRIES);
        // the head as an auditor notes it down from the API (the ledger page shows the same)
        JsonNode shownHead = AuditApiClient.json(
                        api.get("/api/v1/audit/verify", token).body())
                .path("head");
        head = new AuditLedger.ChainHead(
                shownHead.path("lastSequence").asLong(),
                shownHead.path("lastHash").asString());
        assertThat(head).isEqualTo(ledger.head(auditor.organizationId()));
        assertThat(head.lastSequence()).isEqualTo(ENTRIES);
    }

    @Test
    void theExportOfAnIntactChainIsValid() throws Exception {
        Run run = verify(write("ledger.jsonl", exported));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).isEqualTo("VALID: 6 entries, head 6 " + head.lastHash());
    }

    @Test
    void theExportIsValidWithTheHeadShownInTheApplication() throws Exception {
        Run run = verify(
                write("ledger.jsonl", exported), "--expect-head", Long.toString(head.lastSequence()), head.lastHash());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("VALID: 6 entries, head 6 " + head.lastHash());
    }

    @Test
    void anOlderHeadIsStillPartOfALaterExport() throws Exception {
        LedgerEntry fourth = ledger.entries(auditor.organizationId(), null, null, 2, 1)
                .entries()
                .get(0);
        assertThat(fourth.sequence()).isEqualTo(4);

        Run run = verify(write("ledger.jsonl", exported), "--expect-head", "4", fourth.entryHash());

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void aLineWrittenWithUnicodeEscapesMeansTheSameAndIsStillValid() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        String escaped = lines.get(2)
                .replace("😀", "\\ud83d\\ude00")
                .replace("🎌", "\\uD83C\\uDF8C")
                .replace("é", "\\u00e9")
                .replace("契約", "\\u5951\\u7d04")
                .replace("/", "\\/");
        assertThat(escaped).isNotEqualTo(lines.get(2)).doesNotContain("😀", "🎌", "契約");
        lines.set(2, escaped);

        Run run = verify(write("escaped.jsonl", lines));

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void aChangedLineIsFound() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.set(2, lines.get(2).replace("O'Brien", "O'Brian"));

        Run run = verify(write("changed.jsonl", lines));

        assertInvalidAt(run, 3, 3, "entryHash does not match");
    }

    @Test
    void aChangedChangeIsFound() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.set(1, lines.get(1).replace("\\\"amount\\\":1200", "\\\"amount\\\":12000"));

        Run run = verify(write("changed.jsonl", lines));

        assertInvalidAt(run, 2, 2, "change does not match its changeDigest");
    }

    @Test
    void aLineForgedWithRecomputedHashesIsFoundAtTheLineAfterIt() throws Exception {
        LedgerEntry second = ledger.entries(auditor.organizationId(), null, null, 4, 1)
                .entries()
                .get(0);
        List<String> lines = new ArrayList<>(exported);
        lines.set(2, AuditLedger.ExportLine.of(LedgerFixtures.forgedAfter(second, 3)));

        Run run = verify(write("forged.jsonl", lines));

        assertInvalidAt(run, 4, 4, "is not the entryHash of sequence 3");
    }

    @Test
    void aFieldWithALineFeedIsRefusedEvenWithARecomputedHash() throws Exception {
        LedgerEntry last = ledger.entries(auditor.organizationId(), null, null, 0, 1)
                .entries()
                .get(0);
        String actorName = "Someone\nelse";
        LedgerEntry forged = new LedgerEntry(
                last.organizationId(),
                last.sequence(),
                last.recordedAt(),
                last.actorId(),
                actorName,
                last.action(),
                last.subjectType(),
                last.subjectId(),
                last.change(),
                last.changeDigest(),
                last.previousHash(),
                LedgerChain.entryHash(
                        last.sequence(),
                        last.recordedAt(),
                        last.organizationId(),
                        last.actorId(),
                        actorName,
                        last.action(),
                        last.subjectType(),
                        last.subjectId(),
                        last.changeDigest(),
                        last.previousHash()));
        List<String> lines = new ArrayList<>(exported);
        lines.set(5, AuditLedger.ExportLine.of(forged));

        Run run = verify(write("line-feed.jsonl", lines));

        assertInvalidAt(run, 6, 6, "actorName contains a line feed");
    }

    @Test
    void aDeletedLineIsFound() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.remove(2);

        Run run = verify(write("deleted.jsonl", lines));

        assertInvalidAt(run, 3, 3, "expected sequence 3 but found 4");
    }

    @Test
    void anInsertedLineIsFound() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.add(2, lines.get(1));

        Run run = verify(write("inserted.jsonl", lines));

        assertInvalidAt(run, 3, 3, "expected sequence 3 but found 2");
    }

    @Test
    void twoSwappedLinesAreFound() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        Collections.swap(lines, 3, 4);

        Run run = verify(write("swapped.jsonl", lines));

        assertInvalidAt(run, 4, 4, "expected sequence 4 but found 5");
    }

    @Test
    void aCutOffTailIsOnlyFoundWithTheHeadNotedDownBefore() throws Exception {
        Path truncated = write("truncated.jsonl", exported.subList(0, ENTRIES - 1));

        Run withoutHead = verify(truncated);
        Run withHead = verify(truncated, "--expect-head", Long.toString(head.lastSequence()), head.lastHash());

        assertThat(withoutHead.exitCode()).as(withoutHead.output()).isZero();
        assertThat(withoutHead.output()).startsWith("VALID: 5 entries, head 5 ");
        assertInvalidAt(withHead, 6, 6, "the file ends at sequence 5 but the expected head is sequence 6");
    }

    @Test
    void aCheckpointSavedFromTheApplicationFindsACutOffTail() throws Exception {
        AuditApiClient api = new AuditApiClient(url(""));
        HttpResponse<byte[]> saved = api.download("/api/v1/audit/head", token);
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode checkpoint = AuditApiClient.json(new String(saved.body(), StandardCharsets.UTF_8));
        assertThat(checkpoint.path("entries").asLong()).isEqualTo(ENTRIES);
        assertThat(checkpoint.path("lastSequence").asLong()).isEqualTo(head.lastSequence());
        assertThat(checkpoint.path("lastHash").asString()).isEqualTo(head.lastHash());
        assertThat(checkpoint.path("organizationId").asString())
                .isEqualTo(auditor.organizationId().toString());
        assertThat(checkpoint.path("lastRecordedAt").asString()).isNotBlank();
        Path checkpointFile = directory.resolve("checkpoint.json");
        Files.write(checkpointFile, saved.body());

        Run intact = verify(write("ledger.jsonl", exported), "--checkpoint", checkpointFile.toString());
        Run truncated = verify(
                write("truncated.jsonl", exported.subList(0, ENTRIES - 2)), "--checkpoint", checkpointFile.toString());

        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertInvalidAt(truncated, 5, 5, "the file ends at sequence 4 but the expected head is sequence 6");
    }

    @Test
    void aFileThatIsNotACheckpointIsRefusedAsMalformed() throws Exception {
        Run run = verify(
                write("ledger.jsonl", exported),
                "--checkpoint",
                write("not-a-checkpoint.json", List.of("{\"hello\": 1}")).toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("not a Mekiki ledger checkpoint");
    }

    @Test
    void aRewrittenChainDoesNotContainTheHeadNotedDownBefore() throws Exception {
        List<String> lines = new ArrayList<>(exported.subList(0, ENTRIES - 1));
        LedgerEntry fifth = ledger.entries(auditor.organizationId(), null, null, 1, 1)
                .entries()
                .get(0);
        lines.add(AuditLedger.ExportLine.of(LedgerFixtures.forgedAfter(fifth, 6)));
        Path rewritten = write("rewritten.jsonl", lines);

        Run withoutHead = verify(rewritten);
        Run withHead = verify(rewritten, "--expect-head", Long.toString(head.lastSequence()), head.lastHash());

        assertThat(withoutHead.exitCode()).as(withoutHead.output()).isZero();
        assertInvalidAt(withHead, 6, 6, "is not the expected head hash " + head.lastHash());
    }

    @Test
    void aMalformedLineIsReportedAsSuch() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.set(1, lines.get(1).substring(0, lines.get(1).length() - 1));

        Run run = verify(write("malformed.jsonl", lines));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).startsWith("MALFORMED at line 2").contains("expected ',' or '}'");
    }

    @Test
    void aSequenceWrittenAsTextIsMalformed() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.set(0, lines.get(0).replace("{\"sequence\":1,", "{\"sequence\":\"1\","));

        Run run = verify(write("malformed.jsonl", lines));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).isEqualTo("MALFORMED at line 1: \"sequence\" must be a whole number");
    }

    @Test
    void aLoneSurrogateEscapeIsMalformed() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.set(2, lines.get(2).replace("😀", "\\ud83d"));

        Run run = verify(write("malformed.jsonl", lines));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).startsWith("MALFORMED at line 3").contains("surrogate");
    }

    @Test
    void aMissingFieldIsMalformed() throws Exception {
        List<String> lines = new ArrayList<>(exported);
        lines.set(3, lines.get(3).replaceFirst(",\"actorId\":\"[^\"]*\"", ""));

        Run run = verify(write("malformed.jsonl", lines));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).isEqualTo("MALFORMED at line 4: missing field \"actorId\"");
    }

    @Test
    void aFileThatIsNotUtf8IsMalformed() throws Exception {
        Path file = directory.resolve("shift-jis.jsonl");
        Files.write(file, (exported.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, (exported.get(1) + "\n").getBytes(Charset.forName("Shift_JIS")), StandardOpenOption.APPEND);

        Run run = verify(file);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).startsWith("MALFORMED at line 2").contains("UTF-8");
    }

    @Test
    void aMissingFileOrWrongArgumentsAreReportedAsSuch() throws Exception {
        Run missing = verify(directory.resolve("no-such-ledger.jsonl"));
        Run badHead = verify(write("ledger.jsonl", exported), "--expect-head", "six", head.lastHash());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("no such file");
        assertThat(badHead.exitCode()).isEqualTo(2);
        assertThat(badHead.output()).contains("expected head sequence must be a whole number");
    }

    private void record(Actor actor, String subjectType, String subjectId, Map<String, ?> change) {
        fixtures.record(new TestChange(
                auditor.organizationId(), actor, "test.subject.changed", subjectType, subjectId, change));
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void assertInvalidAt(Run run, long sequence, long line, String reason) {
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .startsWith("INVALID at sequence " + sequence + " (line " + line + "): ")
                .contains(reason);
    }

    /** {@code java tools/VerifyLedger.java <arguments>} in the project root, as the documentation says. */
    private static Run verify(Path file, String... options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(TOOL.toString());
        command.addAll(List.of(options));
        command.add(file.toString());
        Process process = new ProcessBuilder(command)
                .directory(PROJECT_ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
    }

    private record Run(int exitCode, String output) {}
}
