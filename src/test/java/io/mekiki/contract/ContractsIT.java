package io.mekiki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Contracts through the API, with the real initiative, selection and decision modules behind them. */
class ContractsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final Contracts contracts;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    @Autowired
    ContractsIT(IdentityFixtures fixtures, Contracts contracts, AuditLedger ledger, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.contracts = contracts;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void aContractRecordedFromTheChosenCandidateComesIntoForceWhenTheInitiativeMovesToOperation() {
        People people = people();

        ContractWork.InOperation operating = ContractWork.inOperation(people.team(), "勤怠管理SaaS");

        UUID organizationId = people.organizationId();
        UUID contractId = UUID.fromString(operating.contractId());
        Contract contract = contracts.find(organizationId, contractId).orElseThrow();
        assertThat(contract.inForce()).isTrue();
        assertThat(contract.initiativeId()).hasToString(operating.initiativeId());
        assertThat(contract.candidateId()).hasToString(operating.candidateId());
        assertThat(contract.title()).isEqualTo("勤怠管理SaaS クラウド Enterprise");
        assertThat(contract.ourNotice()).isEqualTo(NoticePeriod.months(3));
        assertThat(contracts.inForce(organizationId)).extracting(Contract::id).containsExactly(contractId);
        assertThat(contracts.ofInitiative(organizationId, contract.initiativeId()))
                .extracting(Contract::id)
                .containsExactly(contractId);

        java.time.LocalDate start = contract.startsOn();
        java.time.LocalDate termEnd = start.plusMonths(12).minusDays(1);
        assertThat(contracts.upcoming(
                        organizationId, contracts.today(organizationId).plusYears(2)))
                .as("the reminders of a contract in force: the notice deadline, then the renewal")
                .extracting(ContractDate::kind, ContractDate::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ContractDate.Kind.NOTICE_DEADLINE, termEnd.minusMonths(3)),
                        org.assertj.core.groups.Tuple.tuple(ContractDate.Kind.RENEWAL, termEnd.plusDays(1)));
        assertThat(contracts.upcoming(
                        organizationId, contracts.today(organizationId).plusDays(1)))
                .as("nothing within a day")
                .isEmpty();

        JsonNode listed = people.auditor()
                .get("/api/v1/contracts?initiativeId=" + operating.initiativeId())
                .json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(listed.get(0).get("dates").get("termNumber").asInt()).isEqualTo(1);
        assertThat(ledger.entries(organizationId, ContractChange.CONTRACT, operating.contractId(), 0, 50)
                        .entries())
                .extracting(LedgerEntry::action)
                .contains("contract.contract.recorded", "contract.contract.inForce");

        People stranger = people();
        assertThat(stranger.officer()
                        .get("/api/v1/contracts/" + operating.contractId())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.officer()
                        .get("/api/v1/contracts?initiativeId=" + operating.initiativeId())
                        .status())
                .isEqualTo(404);
        assertThat(contracts.find(stranger.organizationId(), contractId)).isEmpty();
    }

    @Test
    void aContractNeedsAChosenCandidateAndThePlannersRoleAndAcceptableValues() {
        People people = people();
        ContractWork.InApplication applying = ContractWork.inApplication(people.team(), "経費精算SaaS");
        Map<String, Object> body = new LinkedHashMap<>(ContractWork.record());
        body.put("initiativeId", applying.initiativeId());

        Response asAuditor = people.auditor().post("/api/v1/contracts", body);
        assertThat(asAuditor.status()).isEqualTo(403);
        assertThat(asAuditor.isProblem()).isTrue();

        Map<String, Object> bad = new LinkedHashMap<>(body);
        bad.put("initialTermMonths", 0);
        assertBadRequest(people.officer().post("/api/v1/contracts", bad), "initialTermMonths");
        bad = new LinkedHashMap<>(body);
        bad.put("autoRenewal", false);
        assertBadRequest(people.officer().post("/api/v1/contracts", bad), "renewalTermMonths");
        bad = new LinkedHashMap<>(body);
        bad.put("ourNotice", Map.of("amount", 3, "unit", "WEEKS"));
        assertBadRequest(people.officer().post("/api/v1/contracts", bad), "ourNotice.unit");
        bad = new LinkedHashMap<>(body);
        bad.put("dataLocations", List.of("XX"));
        assertBadRequest(people.officer().post("/api/v1/contracts", bad), "dataLocations");
        bad = new LinkedHashMap<>(body);
        bad.put("priceCurrency", "YEN");
        assertBadRequest(people.officer().post("/api/v1/contracts", bad), "priceCurrency");
        assertThat(people.officer()
                        .get("/api/v1/contracts?initiativeId=" + applying.initiativeId())
                        .json()
                        .size())
                .as("nothing recorded by refused requests")
                .isZero();

        People stranger = people();
        assertThat(stranger.officer().post("/api/v1/contracts", body).status()).isEqualTo(404);

        jdbc.sql("delete from selection_chosen_candidate where initiative_id = ?")
                .param(UUID.fromString(applying.initiativeId()))
                .update();
        Response unchosen = people.officer().post("/api/v1/contracts", body);
        assertThat(unchosen.status()).isEqualTo(409);
        assertThat(unchosen.json().get("code").asString()).isEqualTo("contract.error.noChosenCandidate");
    }

    @Test
    void theTermsGateWaitsForTheDocumentTheReviewAndTheExitTermsAndGoesStaleWhenTheContractChanges() {
        People people = people();
        ContractWork.InApplication applying = ContractWork.inApplication(people.team(), "文書管理SaaS");
        String contractId = ContractWork.create(people.officer(), applying.initiativeId(), ContractWork.record());
        String contract = "/api/v1/contracts/" + contractId;

        assertThat(unmet(people, applying.initiativeId(), "APPLICATION_TERMS_APPROVED"))
                .containsExactly("TERMS_DOCUMENT_ATTACHED", "TERMS_REVIEWED", "EXIT_TERMS_FIXED");
        assertThat(unmet(people, applying.initiativeId(), "APPLICATION_SPECIAL_ITEMS_RECONFIRMED"))
                .containsExactly("SPECIAL_ITEMS_RECONFIRMED");
        Response early = people.officer().post("/api/v1/decisions", request(applying.initiativeId()));
        assertThat(early.status()).as("requested before the conditions hold").isEqualTo(409);

        Response document =
                people.officer().postFile(contract + "/terms-document", "document", "利用規約.pdf", ContractWork.TERMS_PDF);
        assertThat(document.status()).as(document.json().toString()).isEqualTo(200);
        assertThat(document.json().get("termsDocument").get("sha256").asString())
                .isEqualTo(io.mekiki.shared.Sha256.hex(ContractWork.TERMS_PDF));
        ResponseEntity<byte[]> download = people.auditor().raw(HttpMethod.GET, contract + "/terms-document", null);
        assertThat(download.getBody()).isEqualTo(ContractWork.TERMS_PDF);

        JsonNode review = people.officer().get(contract + "/terms-review").json();
        List<String> special = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode item : review.get("items")) {
            (item.get("special").asBoolean() ? special : others)
                    .add(item.get("itemId").asString());
        }
        assertThat(special).contains("RS-MATRIX-01", "MA-COMPLY-01", "MA-DEL-01");
        assertThat(others).contains("LC-APP-TERMS-01", "LC-APP-EXIT-01").doesNotContain("RS-MATRIX-01");
        ContractWork.completeTermsWork(people.officer(), contractId);
        Response deviation = people.officer()
                .put(
                        contract + "/terms-review",
                        Map.of(
                                "answers",
                                List.of(Map.of(
                                        "itemId",
                                        "MA-LIAB-01",
                                        "result",
                                        "DEVIATES",
                                        "clause",
                                        "第20条（損害賠償）",
                                        "reason",
                                        "賠償上限が月額料金の12か月分で、社内方針の24か月分に届かない",
                                        "mitigation",
                                        "サイバー保険で差額を補う",
                                        "reconfirmed",
                                        true))));
        assertThat(deviation.status()).as(deviation.json().toString()).isEqualTo(200);
        assertThat(unmet(people, applying.initiativeId(), "APPLICATION_TERMS_APPROVED"))
                .isEmpty();
        assertThat(unmet(people, applying.initiativeId(), "APPLICATION_SPECIAL_ITEMS_RECONFIRMED"))
                .isEmpty();

        String approval = ContractWork.approve(people.team(), applying.initiativeId(), "APPLICATION_TERMS_APPROVED");
        JsonNode approved = people.executive().get(contract + "/terms-review").json();
        assertThat(approved.get("approval").get("decisionId").asString()).isEqualTo(approval);
        JsonNode basis = people.executive().get("/api/v1/decisions/" + approval).json();
        assertThat(basis.get("basisJson").asString()).contains("contractDeviations", "サイバー保険で差額を補う");
        Response locked = people.officer()
                .put(
                        contract + "/exit-terms",
                        Map.of(
                                "version",
                                people.officer()
                                        .get(contract)
                                        .json()
                                        .get("version")
                                        .asLong(),
                                "dataReturns",
                                List.of()));
        assertThat(locked.status()).as("exit terms stand as approved").isEqualTo(409);

        Map<String, Object> revised = new LinkedHashMap<>(ContractWork.record());
        revised.put(
                "version", people.officer().get(contract).json().get("version").asLong());
        revised.put("ourNotice", Map.of("amount", 1, "unit", "MONTHS"));
        Response revision = people.officer().put(contract, revised);
        assertThat(revision.status()).as(revision.json().toString()).isEqualTo(200);

        assertThat(people.executive()
                        .get("/api/v1/decisions/" + approval)
                        .json()
                        .get("stale")
                        .asBoolean())
                .as("a changed notice period makes the terms approval stale")
                .isTrue();
        assertThat(people.executive()
                        .get(contract + "/terms-review")
                        .json()
                        .get("approval")
                        .isNull())
                .isTrue();
        assertThat(ledger.entries(people.organizationId(), ContractChange.CONTRACT, contractId, 0, 50)
                        .entries())
                .extracting(LedgerEntry::action)
                .contains(
                        "contract.termsDocument.attached",
                        "contract.termsReview.answered",
                        "contract.exitTerms.fixed",
                        "contract.contract.revised");
    }

    @Test
    void aTermsReviewAnswerNeedsItsClauseAndADeviationItsReasonAndMitigationAndNothingIsHalfStored() {
        People people = people();
        ContractWork.InApplication applying = ContractWork.inApplication(people.team(), "会計SaaS");
        String contractId = ContractWork.create(people.officer(), applying.initiativeId(), ContractWork.record());
        String review = "/api/v1/contracts/" + contractId + "/terms-review";
        Map<String, Object> good = Map.of("itemId", "MA-COMPLY-01", "result", "CONFORMS", "clause", "第3条");

        assertBadRequest(
                people.officer()
                        .put(
                                review,
                                Map.of("answers", List.of(good, Map.of("itemId", "MA-END-01", "result", "CONFORMS")))),
                "answers[1].clause");
        assertBadRequest(
                people.officer()
                        .put(
                                review,
                                Map.of(
                                        "answers",
                                        List.of(Map.of(
                                                "itemId",
                                                "MA-END-01",
                                                "result",
                                                "DEVIATES",
                                                "clause",
                                                "第9条",
                                                "reason",
                                                "短い")))),
                "answers[0].mitigation");
        assertBadRequest(
                people.officer()
                        .put(review, Map.of("answers", List.of(Map.of("itemId", "NOPE-01", "result", "CONFORMS")))),
                "answers[0].itemId");
        assertBadRequest(
                people.officer()
                        .put(review, Map.of("answers", List.of(Map.of("itemId", "MA-END-01", "result", "MAYBE")))),
                "answers[0].result");
        assertBadRequest(
                people.officer()
                        .put(
                                review,
                                Map.of(
                                        "answers",
                                        List.of(Map.of(
                                                "itemId",
                                                "LC-APP-TERMS-01",
                                                "result",
                                                "CONFORMS",
                                                "clause",
                                                "第1条",
                                                "reconfirmed",
                                                true)))),
                "answers[0].reconfirmed");
        Response japanese = people.officer()
                .put(review, Map.of("answers", List.of(Map.of("itemId", "MA-END-01", "result", "CONFORMS"))));
        assertThat(japanese.errorMessages())
                .anySatisfy(message -> assertThat(message).contains("条項"));

        JsonNode read = people.auditor().get(review).json();
        for (JsonNode item : read.get("items")) {
            assertThat(item.get("answer").isNull())
                    .as(item.get("itemId").asString())
                    .isTrue();
        }
        assertThat(people.auditor()
                        .put(review, Map.of("answers", List.of(good)))
                        .status())
                .isEqualTo(403);
        assertThat(people().officer().get(review).status()).isEqualTo(404);
        Response accepted = people.owner().put(review, Map.of("answers", List.of(good)));
        assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
    }

    private static List<String> unmet(People people, String initiativeId, String gate) {
        List<String> codes = new ArrayList<>();
        for (JsonNode status : people.auditor()
                .get("/api/v1/initiatives/" + initiativeId + "/gates")
                .json()
                .get("gates")) {
            if (status.get("gate").asString().equals(gate)) {
                for (JsonNode condition : status.get("conditions")) {
                    if (!condition.get("met").asBoolean()) {
                        codes.add(condition.get("code").asString());
                    }
                }
            }
        }
        return codes;
    }

    private static Map<String, Object> request(String initiativeId) {
        return Map.of(
                "subjectType", "INITIATIVE",
                "subjectId", initiativeId,
                "topic", "APPLICATION_TERMS_APPROVED",
                "title", "Terms",
                "proposal", "Approve",
                "options", List.of("Approve", "Stop"));
    }

    private static void assertBadRequest(Response response, String field) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).as(response.json().toString()).contains(field);
    }

    private People people() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        return new People(
                organization,
                new ContractWork.Team(client(officer), client(executive), officer.userId(), owner.userId()),
                client(owner),
                client(auditor));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private record People(UUID organizationId, ContractWork.Team team, BearerClient owner, BearerClient auditor) {

        BearerClient officer() {
            return team.officer();
        }

        BearerClient executive() {
            return team.executive();
        }
    }
}
