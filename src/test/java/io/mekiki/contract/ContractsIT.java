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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
