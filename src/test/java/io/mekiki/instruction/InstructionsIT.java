package io.mekiki.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.shared.OrganizationTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/** Instructions through the API and the service, on the real database, each test in its own organisation. */
class InstructionsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final Instructions instructions;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    @Autowired
    InstructionStore store;

    @Autowired
    InstructionsIT(
            IdentityFixtures fixtures,
            InitiativeFixtures initiatives,
            Instructions instructions,
            AuditLedger ledger,
            JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.instructions = instructions;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void issueReportSendBackReportAgainAndAccept() {
        Team team = team();
        UUID initiative = initiatives.initiative(team.organizationId());

        BearerClient.Response issued = team.executive().post("/api/v1/instructions", body(team, initiative, 7));
        assertThat(issued.status()).as(issued.json().toString()).isEqualTo(201);
        String id = issued.json().get("id").asString();
        assertThat(issued.headers().getLocation()).hasToString("/api/v1/instructions/" + id);
        assertThat(issued.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(issued.json().at("/assignee/id").asString())
                .isEqualTo(team.officerUser().userId().toString());
        assertThat(issued.json().get("checkItemIds").get(0).asString()).isEqualTo("LC-PREP-ASSET-01");

        // a PNG named like a PDF, and a CSV
        HttpResponse<String> reported = multipart(
                "/api/v1/instructions/" + id + "/reports",
                team.officerToken(),
                "資産を洗い出しました。",
                List.of(new Part("現状調査.pdf", TestFiles.PNG), new Part("資産一覧.csv", TestFiles.CSV)));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonNode afterReport = BearerClient.JSON.readTree(reported.body());
        assertThat(afterReport.get("status").asString()).isEqualTo("REPORTED");
        JsonNode attachments = afterReport.at("/reports/0/attachments");
        assertThat(attachments.get(0).get("fileName").asString()).isEqualTo("現状調査.pdf");
        assertThat(attachments.get(0).get("mediaType").asString()).isEqualTo("image/png");
        assertThat(attachments.get(1).get("mediaType").asString()).isEqualTo("text/plain");

        ResponseEntity<byte[]> download = team.executive()
                .raw(HttpMethod.GET, attachments.get(0).get("href").asString(), null);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(TestFiles.PNG);
        assertThat(AttachmentInspection.sha256(download.getBody()))
                .isEqualTo(attachments.get(0).get("sha256").asString());
        assertThat(download.getHeaders().getContentType()).hasToString("image/png");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getFirst("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E7%8F%BE%E7%8A%B6%E8%AA%BF%E6%9F%BB.pdf");

        BearerClient.Response noComment =
                team.executive().post("/api/v1/instructions/" + id + "/return", Map.of("comment", " "));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.isProblem()).isTrue();
        assertThat(noComment.json().get("code").asString()).isEqualTo("instruction.error.commentRequired");
        assertThat(noComment.errorFields()).containsExactly("comment");

        BearerClient.Response sentBack =
                team.executive().post("/api/v1/instructions/" + id + "/return", Map.of("comment", "費用の比較を加えてください。"));
        assertThat(sentBack.status()).isEqualTo(200);
        assertThat(sentBack.json().get("status").asString()).isEqualTo("OPEN");

        BearerClient.Response acceptWhileOpen =
                team.executive().post("/api/v1/instructions/" + id + "/acceptance", Map.of());
        assertThat(acceptWhileOpen.status()).isEqualTo(409);
        assertThat(acceptWhileOpen.json().get("code").asString()).isEqualTo("instruction.error.noReportWaiting");

        BearerClient.Response again =
                team.officer().post("/api/v1/instructions/" + id + "/reports", Map.of("text", "費用の比較を加えました。"));
        assertThat(again.status()).isEqualTo(201);

        BearerClient.Response accepted =
                team.executive().post("/api/v1/instructions/" + id + "/acceptance", Map.of("comment", "了解です。"));
        assertThat(accepted.status()).isEqualTo(200);
        JsonNode done = accepted.json();
        assertThat(done.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(done.get("reports")).hasSize(2);
        assertThat(done.at("/reviews/0/outcome").asString()).isEqualTo("SENT_BACK");
        assertThat(done.at("/reviews/0/comment").asString()).isEqualTo("費用の比較を加えてください。");
        assertThat(done.at("/reviews/0/reportId").asString())
                .isEqualTo(done.at("/reports/0/id").asString());
        assertThat(done.at("/reviews/1/outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(done.at("/reviews/1/reportId").asString())
                .isEqualTo(done.at("/reports/1/id").asString());

        BearerClient.Response afterAcceptance =
                team.officer().post("/api/v1/instructions/" + id + "/reports", Map.of("text", "追加です。"));
        assertThat(afterAcceptance.status()).isEqualTo(409);

        assertThat(actions(team, id))
                .containsExactly(
                        "instruction.instruction.issued",
                        "instruction.report.submitted",
                        "instruction.report.sentBack",
                        "instruction.report.submitted",
                        "instruction.report.accepted");
        LedgerEntry firstReport = entries(team, id).get(1);
        assertThat(firstReport.actorId()).isEqualTo(team.officerUser().userId().toString());
        assertThat(firstReport.change())
                .contains(attachments.get(0).get("sha256").asString())
                .contains("image/png");
        assertThat(ledger.verify(team.organizationId()).valid()).isTrue();

        assertThat(instructions.ofSubject(team.organizationId(), "INITIATIVE", initiative))
                .singleElement()
                .satisfies(instruction -> assertThat(instruction.status()).isEqualTo(InstructionStatus.ACCEPTED));
    }

    @Test
    void aFileJustOverTheLimitIsRefusedAndNothingIsStored() {
        Team team = team();
        UUID id = issue(team);
        long limit = 25L * 1024 * 1024;
        byte[] justOver = new byte[(int) limit + 1];
        System.arraycopy(TestFiles.PDF, 0, justOver, 0, TestFiles.PDF.length);

        assertThatThrownBy(() -> as(
                        team.officerUser(),
                        () -> instructions.report(
                                team.officerUser(),
                                id,
                                "大きな資料です。",
                                List.of(new Upload("small.png", TestFiles.PNG), new Upload("大きな資料.pdf", justOver)))))
                .isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
                    assertThat(violation.messageCode()).isEqualTo("instruction.error.fileTooLarge");
                    assertThat(violation.arguments()).containsExactly("大きな資料.pdf", 25L);
                });

        assertNothingReported(team, id);
    }

    @Test
    void aDisallowedFileIsRefusedWithItsNameAndNothingIsStored() {
        Team team = team();
        UUID id = issue(team);

        HttpResponse<String> refused = multipart(
                "/api/v1/instructions/" + id + "/reports?lang=en",
                team.officerToken(),
                "見てください。",
                List.of(new Part("ok.csv", TestFiles.CSV), new Part("議事録.txt", TestFiles.ELF)));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = BearerClient.JSON.readTree(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("instruction.error.fileType");
        assertThat(problem.get("detail").asString()).startsWith("\"議事録.txt\" is of a type that cannot be attached");
        assertNothingReported(team, id);
    }

    @Test
    void actingOutOfRoleIsRefused() {
        Team team = team();
        MekikiUser owner = fixtures.user(team.organizationId(), Role.BUSINESS_OWNER);
        MekikiUser otherOfficer = fixtures.user(team.organizationId(), Role.RISK_OFFICER);
        MekikiUser auditor = fixtures.user(team.organizationId(), Role.AUDITOR);
        BearerClient ownerApi = client(owner);

        BearerClient.Response ownerIssues = ownerApi.post("/api/v1/instructions", body(team, team.initiative(), 3));
        assertThat(ownerIssues.status()).isEqualTo(403);
        assertThat(ownerIssues.isProblem()).isTrue();

        UUID id = issue(team);
        String reports = "/api/v1/instructions/" + id + "/reports";
        assertThat(client(otherOfficer).post(reports, Map.of("text", "代わりに")).status())
                .isEqualTo(403);
        assertThat(client(auditor).post(reports, Map.of("text", "代わりに")).status())
                .isEqualTo(403);
        assertThat(team.executive().post(reports, Map.of("text", "自分で")).status())
                .isEqualTo(403);
        assertThat(team.officer().post(reports, Map.of("text", "報告")).status()).isEqualTo(201);
        assertThat(team.officer()
                        .post("/api/v1/instructions/" + id + "/acceptance", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(ownerApi.post("/api/v1/instructions/" + id + "/return", Map.of("comment", "だめ"))
                        .status())
                .isEqualTo(403);
        assertThat(instructions
                        .ofSubject(team.organizationId(), "INITIATIVE", team.initiative())
                        .get(0)
                        .status())
                .isEqualTo(InstructionStatus.REPORTED);
    }

    @Test
    void issuingRefusesBadInputWithTheField() {
        Team team = team();
        MekikiUser auditor = fixtures.user(team.organizationId(), Role.AUDITOR);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        assertIssueRefused(team, Map.of("dueDate", LocalDate.now().minusDays(2).toString()), "dueDate");
        assertIssueRefused(team, Map.of("title", " "), "title");
        assertIssueRefused(team, Map.of("assignee", auditor.userId().toString()), "assignee");
        assertIssueRefused(team, Map.of("assignee", stranger.userId().toString()), "assignee");
        assertIssueRefused(
                team, Map.of("assignee", team.executiveUser().userId().toString()), "assignee");
        assertIssueRefused(team, Map.of("checkItemIds", List.of("LC-NO-SUCH-99")), "checkItemIds");
        assertIssueRefused(team, Map.of("templateCode", "NO_SUCH_TEMPLATE"), "templateCode");

        assertThat(team.executive().get("/api/v1/instructions").json().get("items"))
                .isEmpty();
        assertThat(actions(team, null)).isEmpty();
    }

    @Test
    void anotherOrganisationSeesNothing() {
        Team team = team();
        UUID id = issue(team);
        BearerClient.Response reported =
                team.officer().post("/api/v1/instructions/" + id + "/reports", Map.of("text", "報告"));
        assertThat(reported.status()).isEqualTo(201);
        HttpResponse<String> withFile = multipart(
                "/api/v1/instructions/" + issue(team) + "/reports",
                team.officerToken(),
                "添付あり",
                List.of(new Part("a.png", TestFiles.PNG)));
        String attachment = BearerClient.JSON
                .readTree(withFile.body())
                .at("/reports/0/attachments/0/id")
                .asString();

        MekikiUser otherExecutive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        BearerClient other = client(otherExecutive);

        assertThat(other.get("/api/v1/instructions/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/instructions").json().get("items")).isEmpty();
        assertThat(other.get("/api/v1/instructions?subjectType=INITIATIVE&subjectId=" + team.initiative())
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(other.get("/api/v1/attachments/" + attachment).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/instructions/" + id + "/acceptance", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(team.executive()
                        .raw(HttpMethod.GET, "/api/v1/attachments/" + attachment, null)
                        .getBody())
                .isEqualTo(TestFiles.PNG);
        assertThat(client(fixtures.user(team.organizationId(), Role.AUDITOR))
                        .raw(HttpMethod.GET, "/api/v1/attachments/" + attachment, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(instructions.ofSubject(otherExecutive.organizationId(), "INITIATIVE", team.initiative()))
                .isEmpty();
    }

    @Test
    void overdueInstructionsAreListedUntilAccepted() {
        Team team = team();
        UUID late = issue(team);
        UUID onTime = issue(team);
        jdbc.sql("update instruction_instruction set due_date = ? where id = ?")
                .params(LocalDate.now(OrganizationTime.DEFAULT_ZONE).minusDays(1), late)
                .update();

        JsonNode overdue =
                team.executive().get("/api/v1/instructions?overdue=true").json().get("items");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("id").asString()).isEqualTo(late.toString());
        assertThat(overdue.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(instructions.overdue(team.organizationId(), LocalDate.now(OrganizationTime.DEFAULT_ZONE)))
                .extracting(Instruction::id)
                .containsExactly(late);

        JsonNode mine =
                team.officer().get("/api/v1/instructions?assignee=me").json().get("items");
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).get("id").asString()).as("earliest due first").isEqualTo(late.toString());
        assertThat(team.executive()
                        .get("/api/v1/instructions?assignee=me")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(team.executive()
                        .get("/api/v1/instructions?assignee=somebody")
                        .status())
                .isEqualTo(400);

        team.officer().post("/api/v1/instructions/" + late + "/reports", Map.of("text", "遅れました"));
        assertThat(team.executive()
                        .get("/api/v1/instructions?overdue=true")
                        .json()
                        .get("items"))
                .as("reported but not yet accepted is still overdue")
                .hasSize(1);
        assertThat(team.executive()
                        .get("/api/v1/instructions?status=REPORTED")
                        .json()
                        .get("items"))
                .hasSize(1);
        team.executive().post("/api/v1/instructions/" + late + "/acceptance", Map.of());
        assertThat(team.executive()
                        .get("/api/v1/instructions?overdue=true")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(team.executive()
                        .get("/api/v1/instructions/" + onTime)
                        .json()
                        .get("overdue")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theListSortsByAnAllowedKeyAndPages() {
        Team team = team();
        UUID first = issue(team);
        UUID second = issue(team);
        UUID third = issue(team);
        jdbc.sql("update instruction_instruction set title = ?, due_date = ? where id = ?")
                .params("A 契約書の確認", LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(9), first)
                .update();
        jdbc.sql("update instruction_instruction set title = ?, due_date = ? where id = ?")
                .params("C 資産の調査", LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(3), second)
                .update();
        jdbc.sql("update instruction_instruction set title = ?, due_date = ? where id = ?")
                .params("B 規程の確認", LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(6), third)
                .update();

        JsonNode byTitle =
                team.executive().get("/api/v1/instructions?sort=title,desc").json();
        assertThat(ids(byTitle)).containsExactly(second.toString(), third.toString(), first.toString());
        assertThat(byTitle.get("total").asLong()).isEqualTo(3);

        JsonNode secondPage = team.executive()
                .get("/api/v1/instructions?sort=due&size=2&page=1")
                .json();
        assertThat(ids(secondPage)).containsExactly(first.toString());
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(team.executive()
                        .get("/api/v1/instructions?issuedBy=me")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(team.officer()
                        .get("/api/v1/instructions?issuedBy=me")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        BearerClient.Response unknownKey = team.executive().get("/api/v1/instructions?sort=assignee_id");
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.errorFields()).containsExactly("sort");
        assertThat(team.executive()
                        .get("/api/v1/instructions?sort=title,sideways")
                        .errorFields())
                .containsExactly("sort");
        assertThat(team.executive().get("/api/v1/instructions?size=501").status())
                .isEqualTo(400);
        assertThat(team.executive().get("/api/v1/instructions?page=-1").status())
                .isEqualTo(400);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void templatesNameTheGuidesInstructionsPerPhase() {
        Team team = team();

        JsonNode preparation = team.officer()
                .get("/api/v1/instruction-templates?phase=PREPARATION")
                .json();
        List<String> gates = new ArrayList<>();
        preparation.forEach(template -> gates.add(template.get("gateTopic").asString()));
        assertThat(gates)
                .contains(
                        "PREPARATION_SURVEY_REVIEWED",
                        "PREPARATION_PURPOSE_APPROVED",
                        "PREPARATION_CRITERIA_APPROVED",
                        "PREPARATION_POLICIES_REVIEWED");
        assertThat(preparation.get(0).at("/title/ja").asString()).isNotBlank();
        assertThat(preparation.get(0).at("/title/en").asString()).isNotBlank();

        JsonNode all = team.officer().get("/api/v1/instruction-templates").json();
        List<String> allGates = new ArrayList<>();
        all.forEach(template -> allGates.add(template.path("gateTopic").asString("")));
        assertThat(allGates)
                .contains(
                        "SELECTION_ADOPTION_DECIDED",
                        "SELECTION_PROVIDER_SELECTED",
                        "APPLICATION_TERMS_APPROVED",
                        "APPLICATION_SPECIAL_ITEMS_RECONFIRMED",
                        "CONTINUATION_SUPERVISION_APPROVED",
                        "CONTINUATION_DECIDED",
                        "TERMINATION_DATA_RETURNED",
                        "TERMINATION_DELETION_CONFIRMED");
        for (InstructionTemplate template : instructions.templates()) {
            as(
                    team.executiveUser(),
                    () -> instructions.issue(
                            team.executiveUser(),
                            new NewInstruction(
                                    "INITIATIVE",
                                    team.initiative(),
                                    template.phase(),
                                    template.gateTopic(),
                                    template.checkItemIds(),
                                    template.title().ja(),
                                    template.description().ja(),
                                    team.officerUser().userId(),
                                    LocalDate.now(OrganizationTime.DEFAULT_ZONE),
                                    template.code())));
        }
        assertThat(instructions.ofSubject(team.organizationId(), "INITIATIVE", team.initiative()))
                .as("every template's check items exist in the bundled catalogue")
                .hasSize(instructions.templates().size());
    }

    private void assertIssueRefused(Team team, Map<String, Object> change, String field) {
        Map<String, Object> body = new LinkedHashMap<>(body(team, team.initiative(), 5));
        body.putAll(change);
        BearerClient.Response refused = team.executive().post("/api/v1/instructions", body);
        assertThat(refused.status()).as(change + ": " + refused.json()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).as(change.toString()).containsExactly(field);
        assertThat(refused.json().get("detail").asString()).isNotBlank();
    }

    private void assertNothingReported(Team team, UUID id) {
        Instruction instruction = as(team.officerUser(), () -> instructions.instruction(team.officerUser(), id));
        assertThat(instruction.status()).isEqualTo(InstructionStatus.OPEN);
        assertThat(instruction.reports()).isEmpty();
        assertThat(jdbc.sql("select count(*) from instruction_attachment where organization_id = ?")
                        .param(team.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(actions(team, id.toString())).containsExactly("instruction.instruction.issued");
    }

    @Test
    void anInstructionOnAnotherOrganisationsInitiativeIsRefusedExactlyLikeOneOnNone() {
        Team team = team();
        UUID theirs = initiatives.initiative(fixtures.organization());

        BearerClient.Response foreign = team.executive().post("/api/v1/instructions", body(team, theirs, 5));
        BearerClient.Response missing = team.executive().post("/api/v1/instructions", body(team, UUID.randomUUID(), 5));
        Map<String, Object> unknownType = body(team, team.initiative(), 5);
        unknownType.put("subjectType", "NO_SUCH_THING");
        BearerClient.Response untyped = team.executive().post("/api/v1/instructions", unknownType);

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.errorFields()).containsExactly("subjectId");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors")).isEqualTo(missing.json().get("errors"));
        assertThat(untyped.status()).isEqualTo(400);
        assertThat(untyped.errorFields()).containsExactly("subjectType");
        assertThat(instructions.ofSubject(team.organizationId(), "INITIATIVE", theirs))
                .isEmpty();
    }

    @Test
    void aLargeAttachmentDownloadsByteIdenticalReadFromTheDatabaseSliceBySlice() throws IOException {
        Team team = team();
        UUID id = issue(team);
        byte[] large = new byte[InstructionStore.SLICE_BYTES * 5 / 2 + 123];
        new java.util.Random(7).nextBytes(large);
        System.arraycopy(TestFiles.PDF, 0, large, 0, 8);

        HttpResponse<String> reported = multipart(
                "/api/v1/instructions/" + id + "/reports",
                team.officerToken(),
                "大きな資料です。",
                List.of(new Part("large.pdf", large)));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonNode attachment = BearerClient.JSON.readTree(reported.body()).at("/reports/0/attachments/0");

        ResponseEntity<byte[]> download =
                team.executive().raw(HttpMethod.GET, attachment.get("href").asString(), null);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentLength()).isEqualTo(large.length);
        assertThat(download.getBody()).isEqualTo(large);

        UUID attachmentId = UUID.fromString(attachment.get("id").asString());
        AttachmentContent stored =
                store.attachment(team.organizationId(), attachmentId).orElseThrow();
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream copy = new ByteArrayOutputStream() {
            @Override
            public void write(byte[] bytes, int offset, int length) {
                writes.add(length);
                super.write(bytes, offset, length);
            }
        };
        stored.content().writeTo(copy);
        assertThat(copy.toByteArray()).isEqualTo(large);
        assertThat(writes)
                .hasSize(3)
                .allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(InstructionStore.SLICE_BYTES));
        assertThat(store.attachment(UUID.randomUUID(), attachmentId)).isEmpty();
    }

    @Test
    void aMacroUnderAnotherNameAndAZipCalledDocxAreRefusedWithTheirNames() {
        Team team = team();
        UUID id = issue(team);
        byte[] renamedMacro = TestFiles.ooxml(
                "word/document.xml",
                TestFiles.WORD_MAIN,
                Map.of("word/media/image1.png", TestFiles.COMPOUND_FILE),
                Map.of());

        HttpResponse<String> macro = multipart(
                "/api/v1/instructions/" + id + "/reports?lang=en",
                team.officerToken(),
                "報告",
                List.of(new Part("報告書.docx", renamedMacro)));
        HttpResponse<String> disguised = multipart(
                "/api/v1/instructions/" + id + "/reports?lang=en",
                team.officerToken(),
                "報告",
                List.of(new Part("比較表.xlsx", TestFiles.zip("data.csv", "notes.txt"))));

        assertThat(macro.statusCode()).isEqualTo(400);
        assertThat(BearerClient.JSON.readTree(macro.body()).get("code").asString())
                .isEqualTo("instruction.error.fileMacros");
        assertThat(macro.body()).contains("報告書.docx");
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(BearerClient.JSON.readTree(disguised.body()).get("code").asString())
                .isEqualTo("instruction.error.fileNotDocument");
        assertNothingReported(team, id);
    }

    private UUID issue(Team team) {
        BearerClient.Response issued = team.executive().post("/api/v1/instructions", body(team, team.initiative(), 5));
        assertThat(issued.status()).as(issued.json().toString()).isEqualTo(201);
        return UUID.fromString(issued.json().get("id").asString());
    }

    private Map<String, Object> body(Team team, UUID subject, int dueInDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subjectType", "INITIATIVE");
        body.put("subjectId", subject.toString());
        body.put("phase", "PREPARATION");
        body.put("gateTopic", "PREPARATION_SURVEY_REVIEWED");
        body.put("checkItemIds", List.of("LC-PREP-ASSET-01"));
        body.put("title", "預ける情報の価値とリスク許容度の調査");
        body.put("description", "資産ごとに整理してください。");
        body.put("assignee", team.officerUser().userId().toString());
        body.put(
                "dueDate",
                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(dueInDays).toString());
        body.put("templateCode", "PREP_SURVEY_ASSETS");
        return body;
    }

    /** Actions recorded about one instruction (or the whole organisation), oldest first. */
    private List<String> actions(Team team, String instructionId) {
        return entries(team, instructionId).stream().map(LedgerEntry::action).toList();
    }

    private List<LedgerEntry> entries(Team team, String instructionId) {
        List<LedgerEntry> entries = new ArrayList<>(
                ledger.entries(team.organizationId(), InstructionChange.INSTRUCTION, instructionId, 0, 100)
                        .entries());
        java.util.Collections.reverse(entries);
        return entries;
    }

    private static <T> T as(MekikiUser user, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Team team() {
        MekikiUser executive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser officer = fixtures.user(executive.organizationId(), Role.RISK_OFFICER);
        String officerToken = fixtures.token(officer);
        return new Team(
                executive,
                officer,
                client(executive),
                new BearerClient(url(""), officerToken),
                officerToken,
                initiatives.initiative(executive.organizationId()));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    /** A multipart POST as curl -F would send it: the text and each file as a part named files. */
    private HttpResponse<String> multipart(String path, String token, String text, List<Part> files) {
        String boundary = "----mekiki" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n");
        for (Part file : files) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.name()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    record Part(String name, byte[] content) {}

    record Team(
            MekikiUser executiveUser,
            MekikiUser officerUser,
            BearerClient executive,
            BearerClient officer,
            String officerToken,
            UUID initiative) {

        UUID organizationId() {
            return executiveUser.organizationId();
        }
    }
}
