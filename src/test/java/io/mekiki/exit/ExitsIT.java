package io.mekiki.exit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.ExitWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Exits through the API: started by the decision to end from the contract's exit terms; the plan edited; returns
 * checked, an incomplete one corrected with its history kept; the deletion evidenced by an assessed alternative or a
 * certificate; closing refused with 409 naming what is missing until the executive confirms both; read-only after.
 * A provider's notice counted against the contract's notice period; refusals by field, role and organisation.
 */
class ExitsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;

    @Autowired
    ExitsIT(IdentityFixtures fixtures, AuditLedger ledger) {
        this.fixtures = fixtures;
        this.ledger = ledger;
    }

    @Test
    void anInitiativeClosesOnlyWithEveryDataSetReturnedCompleteAndTheDeletionEvidenced() {
        People people = people();
        ContractWork.Team team = people.team();
        ContractWork.InOperation operating = ContractWork.inOperation(team, "Groupware " + UUID.randomUUID());
        String initiative = operating.initiativeId();

        JsonNode exit = ExitWork.terminate(team, initiative);
        String id = exit.get("id").asString();
        String path = "/api/v1/exits/" + id;
        assertThat(exit.get("origin").asString()).isEqualTo("DECISION");
        assertThat(exit.get("contractId").asString()).isEqualTo(operating.contractId());
        assertThat(exit.get("status").asString()).isEqualTo("PLANNED");
        assertThat(exit.get("deletionProof").asString())
                .as("from the contract's exit terms")
                .isEqualTo("CERTIFICATE");
        assertThat(exit.get("dataSets")).hasSize(1);
        JsonNode first = exit.get("dataSets").get(0);
        assertThat(first.get("what").asString()).isEqualTo("全業務データ");
        assertThat(LocalDate.parse(first.get("deadline").asString()))
                .as("30 days after the end, as the exit terms say")
                .isEqualTo(LocalDate.parse(exit.get("endsOn").asString()).plusDays(30));
        assertThat(first.get("checkerId").asString())
                .isEqualTo(people.officer().userId().toString());

        // the plan: a second data set, checked by the same risk officer
        Map<String, Object> plan = plan(exit, people.officer().userId());
        Response planned = team.officer().put(path + "/plan", plan);
        assertThat(planned.status()).as(planned.json().toString()).isEqualTo(200);
        assertThat(planned.json().get("dataSets")).hasSize(2);
        assertThat(team.officer().put(path + "/plan", plan).status())
                .as("the version read is stale now")
                .isEqualTo(409);
        exit = team.officer().get(path).json();
        JsonNode files = exit.get("dataSets").get(1);
        assertThat(files.get("what").asString()).isEqualTo("添付ファイル");

        // closing is refused, naming what is missing
        JsonNode refused = close(team, initiative, 409);
        assertThat(texts(refused.get("openGates")))
                .containsExactly("TERMINATION_DATA_RETURNED", "TERMINATION_DELETION_CONFIRMED");
        assertThat(codes(refused.get("missing"))).containsExactly("DATA_SET_1", "DATA_SET_2", "DELETION_EVIDENCED");
        assertThat(refused.get("missing").get(1).get("label").asString()).contains("添付ファイル");
        assertThat(refused.get("detail").asString()).contains("添付ファイル");
        Response early = request(team, initiative, "TERMINATION_DATA_RETURNED");
        assertThat(early.status()).as("the executive cannot be asked yet").isEqualTo(409);
        assertThat(exit.get("missing").toString()).contains("DATA_SET_NOT_RETURNED", "DELETION_EVIDENCE_MISSING");

        // returns: the first complete, the second incomplete and then corrected
        assertThat(post(
                        team.officer(),
                        path + "/data-returns",
                        ExitWork.completeReturn(exit.get("dataSets").get(0))))
                .isEqualTo(201);
        Map<String, Object> partial = ExitWork.completeReturn(files);
        partial.put("recordCount", 950);
        partial.put("expectedCount", 1000);
        assertThat(field(team.officer().post(path + "/data-returns", partial)))
                .as("complete while the counts differ")
                .isEqualTo("complete");
        partial.put("complete", false);
        assertThat(field(team.officer().post(path + "/data-returns", partial)))
                .as("incomplete needs what is missing")
                .isEqualTo("missing");
        partial.put("missing", "2025年度分の添付ファイル50件");
        assertThat(post(team.officer(), path + "/data-returns", partial)).isEqualTo(201);
        refused = close(team, initiative, 409);
        assertThat(codes(refused.get("missing"))).containsExactly("DATA_SET_2", "DELETION_EVIDENCED");
        assertThat(refused.get("missing").get(0).get("label").asString()).contains("2025年度分の添付ファイル50件");
        Map<String, Object> fixed = ExitWork.completeReturn(files);
        fixed.put("recordCount", 1000);
        fixed.put("expectedCount", 1000);
        assertThat(post(team.officer(), path + "/data-returns", fixed)).isEqualTo(201);
        JsonNode returns = people.auditor().get(path + "/data-returns").json();
        assertThat(returns.get("dataSets").get(1).get("returns"))
                .as("the incomplete return stays beside the corrected one")
                .hasSize(2);
        assertThat(returns.get("dataSets").get(1).get("state").asString()).isEqualTo("COMPLETE");
        assertThat(team.officer().post(path + "/data-returns", fixed).status())
                .as("a data set returned complete takes no more returns")
                .isEqualTo(409);

        // deletion by an assessed alternative
        Map<String, Object> unassessed = ExitWork.alternative();
        unassessed.remove("assessment");
        assertThat(field(team.officer().post(path + "/deletion-evidence", unassessed)))
                .isEqualTo("assessment");
        Map<String, Object> nothing = new LinkedHashMap<>(Map.of("kind", "ALTERNATIVE", "assessment", "十分"));
        assertThat(field(team.officer().post(path + "/deletion-evidence", nothing)))
                .isEqualTo("writtenConfirmation");
        assertThat(post(team.officer(), path + "/deletion-evidence", ExitWork.alternative()))
                .isEqualTo(201);
        exit = team.officer().get(path).json();
        assertThat(exit.get("status").asString()).isEqualTo("READY");
        assertThat(exit.get("missing")).isEmpty();

        // the executive confirms both; only then it closes
        ContractWork.approve(team, initiative, "TERMINATION_DATA_RETURNED");
        ContractWork.approve(team, initiative, "TERMINATION_DELETION_CONFIRMED");
        assertThat(close(team, initiative, 200).get("phase").asString()).isEqualTo("CLOSED");
        assertThat(team.officer()
                        .get("/api/v1/contracts/" + operating.contractId())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ENDED");
        exit = people.auditor().get(path).json();
        assertThat(exit.get("status").asString()).as("records stay readable").isEqualTo("CLOSED");
        assertThat(team.officer()
                        .post(path + "/deletion-evidence", ExitWork.alternative())
                        .status())
                .as("a closed initiative's exit changes no more")
                .isEqualTo(409);

        org.springframework.http.ResponseEntity<byte[]> dossier =
                people.auditor().raw(org.springframework.http.HttpMethod.GET, path + "/dossier", null);
        assertThat(dossier.getStatusCode().value()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        String ledgerJson = "";
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(dossier.getBody()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals("ledger.json")) {
                    ledgerJson = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        assertThat(names)
                .contains(
                        "dossier.html",
                        "initiative.json",
                        "contract.json",
                        "decisions.json",
                        "exit.json",
                        "ledger.json");
        assertThat(ledgerJson)
                .contains("exit.deletionEvidence.recorded", "initiative.phase.moved", "decision.decision.requested");

        List<String> actions = new ArrayList<>();
        for (LedgerEntry entry : ledger.entries(people.officer().organizationId(), ExitChange.EXIT, id, 0, 50)
                .entries()) {
            actions.add(entry.action());
        }
        assertThat(actions)
                .contains(
                        "exit.exit.started",
                        "exit.plan.revised",
                        "exit.dataReturn.recorded",
                        "exit.deletionEvidence.recorded")
                .filteredOn("exit.dataReturn.recorded"::equals)
                .hasSize(3);
    }

    @Test
    void aProviderNoticeIsCountedAgainstTheContractsNoticePeriodAndBadInputIsRefusedByName() {
        People people = people();
        ContractWork.Team team = people.team();
        ContractWork.InOperation operating = ContractWork.inOperation(team, "Storage " + UUID.randomUUID());
        String initiative = operating.initiativeId();
        LocalDate received = LocalDate.now().minusDays(2);

        Map<String, Object> start = new LinkedHashMap<>();
        start.put("initiativeId", initiative);
        assertThat(team.officer().post("/api/v1/exits", start).status())
                .as("by hand only in continuation or termination")
                .isEqualTo(409);
        start.put("noticeReceivedOn", received.toString());
        assertThat(field(team.officer().post("/api/v1/exits", start))).isEqualTo("noticeEffectiveOn");
        start.put("noticeEffectiveOn", received.minusDays(1).toString());
        assertThat(field(team.officer().post("/api/v1/exits", start))).isEqualTo("noticeEffectiveOn");
        start.put("noticeEffectiveOn", "next month");
        assertThat(field(team.officer().post("/api/v1/exits", start))).isEqualTo("noticeEffectiveOn");
        start.put("noticeEffectiveOn", received.plusMonths(3).toString());
        assertThat(team.executive().post("/api/v1/exits", start).status()).isEqualTo(403);
        assertThat(people.auditor().post("/api/v1/exits", start).status()).isEqualTo(403);
        BearerClient stranger = people.stranger();
        assertThat(field(stranger.post("/api/v1/exits", start)))
                .as("another organisation's initiative")
                .isEqualTo("initiativeId");

        Response started = team.officer().post("/api/v1/exits", start);
        assertThat(started.status()).as(started.json().toString()).isEqualTo(201);
        JsonNode exit = started.json();
        String path = "/api/v1/exits/" + exit.get("id").asString();
        assertThat(exit.get("origin").asString()).isEqualTo("PROVIDER_NOTICE");
        assertThat(exit.get("noticeRequiredBy").asString())
                .as("the contract's six months of provider notice")
                .isEqualTo(received.plusMonths(6).toString());
        assertThat(exit.get("noticeShort").asBoolean()).isTrue();
        assertThat(exit.get("endsOn").asString())
                .isEqualTo(received.plusMonths(3).toString());
        assertThat(exit.get("daysToEnd").asLong())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(
                        LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")), received.plusMonths(3)));
        assertThat(team.officer().post("/api/v1/exits", start).status())
                .as("one exit per initiative")
                .isEqualTo(409);
        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(team.officer().get("/api/v1/exits/" + UUID.randomUUID()).status())
                .isEqualTo(404);

        // the plan's fields, each refusal by name, and nothing changed
        Map<String, Object> plan = plan(exit, people.officer().userId());
        assertThat(field(team.officer().put(path + "/plan", with(plan, "endsOn", "soon"))))
                .isEqualTo("endsOn");
        assertThat(field(team.officer().put(path + "/plan", with(plan, "deletionProof", "SHREDDED"))))
                .isEqualTo("deletionProof");
        assertThat(field(team.officer().put(path + "/plan", with(plan, "dataSets", List.of()))))
                .isEqualTo("dataSets");
        List<Map<String, Object>> strangersChecker = sets(plan);
        strangersChecker.get(1).put("checkerId", people.strangerId().toString());
        assertThat(field(team.officer().put(path + "/plan", with(plan, "dataSets", strangersChecker))))
                .isEqualTo("dataSets[1].checkerId");
        List<Map<String, Object>> blank = sets(plan);
        blank.get(0).put("what", " ");
        assertThat(field(team.officer().put(path + "/plan", with(plan, "dataSets", blank))))
                .isEqualTo("dataSets[0].what");
        assertThat(team.executive().put(path + "/plan", plan).status()).isEqualTo(403);
        assertThat(team.officer().get(path).json().get("dataSets"))
                .as("nothing changed")
                .hasSize(1);

        // returns: each refusal by name
        JsonNode set = team.officer().get(path).json().get("dataSets").get(0);
        Map<String, Object> good = ExitWork.completeReturn(set);
        assertThat(field(team.officer()
                        .post(
                                path + "/data-returns",
                                with(good, "dataSetId", UUID.randomUUID().toString()))))
                .isEqualTo("dataSetId");
        assertThat(field(team.officer()
                        .post(
                                path + "/data-returns",
                                with(
                                        good,
                                        "receivedOn",
                                        LocalDate.now().plusDays(3).toString()))))
                .isEqualTo("receivedOn");
        assertThat(field(team.officer().post(path + "/data-returns", with(good, "recordCount", -1))))
                .isEqualTo("recordCount");
        Map<String, Object> unmeasured = new LinkedHashMap<>(good);
        unmeasured.remove("recordCount");
        unmeasured.remove("sizeBytes");
        unmeasured.remove("checksum");
        assertThat(field(team.officer().post(path + "/data-returns", unmeasured)))
                .isEqualTo("recordCount");
        assertThat(field(team.officer().post(path + "/data-returns", with(good, "complete", null))))
                .isEqualTo("complete");
        assertThat(people.owner().post(path + "/data-returns", good).status()).isEqualTo(403);
        assertThat(team.officer().get(path).json().get("status").asString()).isEqualTo("PLANNED");

        // a certificate: a checked file, its hash kept, downloadable
        Response certificate = team.officer()
                .postFile(path + "/deletion-evidence", "file", "deletion-certificate.pdf", ContractWork.TERMS_PDF);
        assertThat(certificate.status()).as(certificate.json().toString()).isEqualTo(201);
        JsonNode evidence = certificate.json().get("deletionEvidence").get(0);
        assertThat(evidence.get("kind").asString()).isEqualTo("CERTIFICATE");
        assertThat(evidence.get("fileSha256").asString()).hasSize(64);
        org.springframework.http.ResponseEntity<byte[]> download = people.auditor()
                .raw(
                        org.springframework.http.HttpMethod.GET,
                        path + "/deletion-evidence/" + evidence.get("id").asString() + "/certificate",
                        null);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(ContractWork.TERMS_PDF);
        assertThat(download.getHeaders().getFirst("Repr-Digest")).startsWith("sha-256=:");
        assertThat(stranger.get(path + "/deletion-evidence/"
                                + evidence.get("id").asString() + "/certificate")
                        .status())
                .isEqualTo(404);
        Response noFile =
                team.officer().postFile(path + "/deletion-evidence", "other", "x.pdf", ContractWork.TERMS_PDF);
        assertThat(noFile.status()).isEqualTo(400);
    }

    @Test
    void theHomesShowExitsPastTheirDeadlineAndOpenNoticeWindowsAndThePagesRefuseByField() {
        People people = people();
        ContractWork.Team team = people.team();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        // a contract in its first year whose notice deadline (three months before the term's end) is within 90 days
        ContractWork.InApplication applying = ContractWork.inApplication(team, "Wiki " + UUID.randomUUID());
        Map<String, Object> record = ContractWork.record();
        record.put("startsOn", today.withDayOfMonth(1).minusMonths(7).toString());
        String contract = ContractWork.contract(team.officer(), applying.initiativeId(), record);
        ContractWork.approveApplication(team, applying.initiativeId());
        ContractWork.move(team, applying.initiativeId(), "OPERATION");
        // the provider gave notice long ago: the data sets' deadlines have passed
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("initiativeId", applying.initiativeId());
        start.put("noticeReceivedOn", today.minusDays(120).toString());
        start.put("noticeEffectiveOn", today.minusDays(60).toString());
        Response started = team.officer().post("/api/v1/exits", start);
        assertThat(started.status()).as(started.json().toString()).isEqualTo(201);
        String exitId = started.json().get("id").asString();
        assertThat(started.json().get("pastDeadline").asBoolean()).isTrue();

        io.mekiki.PageClient executive =
                new io.mekiki.PageClient(port).signedInAs(people.executiveUser().email(), IdentityFixtures.PASSWORD);
        String home = executive.get("/").body();
        assertThat(home).contains("id=\"home-exits-late\"", "/exits/" + exitId, "id=\"home-notice-windows\"");
        assertThat(home).contains("/contracts/" + contract);
        io.mekiki.PageClient owner =
                new io.mekiki.PageClient(port).signedInAs(people.ownerUser().email(), IdentityFixtures.PASSWORD);
        assertThat(owner.get("/").body()).as("not a business owner's reminder").doesNotContain("home-exits");

        // the exit page, and a refused return shown on its field, in the reader's language
        io.mekiki.PageClient officer =
                new io.mekiki.PageClient(port).signedInAs(people.officer().email(), IdentityFixtures.PASSWORD);
        var page = officer.get("/exits/" + exitId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"exit-notice\"", "id=\"exit-missing\"");
        String set = started.json().get("dataSets").get(0).get("id").asString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("dataSetId", set);
        form.put("receivedOn", today.toString());
        form.put("recordCount", "10");
        form.put("complete", "false");
        var refused = officer.submit("/exits/" + exitId, "/exits/" + exitId + "/data-returns", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("不足がある場合は、何が不足しているかを書いてください。");
        assertThat(team.officer()
                        .get("/api/v1/exits/" + exitId)
                        .json()
                        .get("status")
                        .asString())
                .as("nothing recorded")
                .isEqualTo("PLANNED");
        assertThat(owner.submit("/exits/" + exitId, "/exits/" + exitId + "/data-returns", form)
                        .statusCode())
                .isEqualTo(403);
        assertThat(new io.mekiki.PageClient(port)
                        .signedInAs(people.strangerUser().email(), IdentityFixtures.PASSWORD)
                        .get("/exits/" + exitId)
                        .statusCode())
                .isEqualTo(404);
    }

    private static Map<String, Object> plan(JsonNode exit, UUID checker) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (JsonNode set : exit.get("dataSets")) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("id", set.get("id").asString());
            kept.put("what", set.get("what").asString());
            kept.put("format", set.get("format").asString());
            kept.put("method", set.get("method").asString());
            kept.put("deadline", set.get("deadline").asString());
            kept.put("checkerId", set.get("checkerId").asString());
            sets.add(kept);
        }
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("what", "添付ファイル");
        added.put("format", "ZIP");
        added.put("method", "暗号化ストレージでの受け渡し");
        added.put(
                "deadline",
                LocalDate.parse(exit.get("endsOn").asString()).plusDays(45).toString());
        added.put("checkerId", checker.toString());
        sets.add(added);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("dataSets", sets);
        plan.put("endsOn", exit.get("endsOn").asString());
        plan.put("deletionMethod", exit.get("deletionMethod").asString());
        plan.put("deletionProof", "ALTERNATIVE");
        plan.put("version", exit.get("version").asLong());
        return plan;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sets(Map<String, Object> plan) {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Object set : (List<Object>) plan.get("dataSets")) {
            copy.add(new LinkedHashMap<>((Map<String, Object>) set));
        }
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static JsonNode close(ContractWork.Team team, String initiative, int status) {
        Response closed = team.executive().post("/api/v1/initiatives/" + initiative + "/phase", Map.of("to", "CLOSED"));
        assertThat(closed.status()).as(closed.json().toString()).isEqualTo(status);
        return closed.json();
    }

    private static Response request(ContractWork.Team team, String initiative, String topic) {
        return team.officer()
                .post(
                        "/api/v1/decisions",
                        Map.of(
                                "subjectType",
                                "INITIATIVE",
                                "subjectId",
                                initiative,
                                "topic",
                                topic,
                                "title",
                                topic,
                                "proposal",
                                "Confirm",
                                "options",
                                List.of("Confirm", "Not yet")));
    }

    private static int post(BearerClient client, String path, Object body) {
        Response response = client.post(path, body);
        assertThat(response.status()).as(response.json().toString()).isIn(200, 201);
        return response.status();
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.get("code").asString()));
        return codes;
    }

    private People people() {
        UUID organization = fixtures.organization();
        return new People(
                fixtures.user(organization, Role.RISK_OFFICER),
                fixtures.user(organization, Role.EXECUTIVE),
                fixtures.user(organization, Role.BUSINESS_OWNER),
                fixtures.user(organization, Role.AUDITOR),
                fixtures.userInNewOrganization(Role.RISK_OFFICER));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private final class People {
        private final MekikiUser officer;
        private final MekikiUser executive;
        private final MekikiUser owner;
        private final MekikiUser auditor;
        private final MekikiUser stranger;

        People(MekikiUser officer, MekikiUser executive, MekikiUser owner, MekikiUser auditor, MekikiUser stranger) {
            this.officer = officer;
            this.executive = executive;
            this.owner = owner;
            this.auditor = auditor;
            this.stranger = stranger;
        }

        MekikiUser officer() {
            return officer;
        }

        MekikiUser executiveUser() {
            return executive;
        }

        MekikiUser ownerUser() {
            return owner;
        }

        MekikiUser strangerUser() {
            return stranger;
        }

        ContractWork.Team team() {
            return new ContractWork.Team(client(officer), client(executive), officer.userId(), owner.userId());
        }

        BearerClient auditor() {
            return client(auditor);
        }

        BearerClient owner() {
            return client(owner);
        }

        BearerClient stranger() {
            return client(stranger);
        }

        UUID strangerId() {
            return stranger.userId();
        }
    }
}
