package io.mekiki.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.decision.Decisions.BasisChange;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.instruction.TestFiles;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.NotFoundException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DecisionsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;
    private final Decisions decisions;
    private final TestSubjects subjects;
    private final InitiativeFixtures initiatives;

    @Autowired
    DecisionsIT(
            IdentityFixtures fixtures,
            AuditLedger ledger,
            Decisions decisions,
            TestSubjects subjects,
            InitiativeFixtures initiatives) {
        this.initiatives = initiatives;
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.decisions = decisions;
        this.subjects = subjects;
    }

    @Test
    void aRiskOfficerRequestsAndAnotherExecutiveDecidesWithConditionsThatTheRequesterThenMarksDone() {
        Team team = team();
        UUID subject = UUID.randomUUID();

        Response requested = team.officer().post("/api/v1/decisions", request(subject, "SELECTION_ADOPTION"));

        assertThat(requested.status()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        assertThat(requested.headers().getLocation()).hasToString("/api/v1/decisions/" + id);
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(requested.json().get("requestedByName").asString())
                .isEqualTo(team.officerUser().displayName());
        assertThat(requested.json().get("basisJson").asString())
                .isEqualTo(
                        "{\"plan\":{\"locations\":[\"JP\"],\"model\":\"SAAS\"},\"scoping\":{\"items\":[\"PD-01\"]}}");
        assertThat(requested.json().get("basisHash").asString())
                .isEqualTo(FrozenBasis.sha256(requested.json().get("basisJson").asString()));
        assertThat(texts(requested.json().get("options"))).containsExactly("Adopt", "Do not adopt");
        assertThat(requested.json().get("evidence").get(0).get("reference").asString())
                .isEqualTo("https://example.com/reports/42");
        JsonNode waiting =
                team.executive().get("/api/v1/decisions?status=REQUESTED").json();
        assertThat(waiting.get("items").get(0).get("title").asString()).isEqualTo("Adopt the CRM service");
        assertThat(waiting.get("items").get(0).has("basisJson"))
                .as("a list names the basis by its hash; the decision itself carries it")
                .isFalse();
        assertThat(waiting.get("items").get(0).get("basisHash").asString())
                .isEqualTo(requested.json().get("basisHash").asString());
        assertThat(team.executive()
                        .get("/api/v1/decisions/" + id)
                        .json()
                        .get("basisJson")
                        .asString())
                .isEqualTo(requested.json().get("basisJson").asString());

        Response decided = team.executive()
                .post(
                        "/api/v1/decisions/" + id + "/decision",
                        Map.of(
                                "outcome",
                                "APPROVED_WITH_CONDITIONS",
                                "rationale",
                                "The benefits outweigh the risks.",
                                "conditions",
                                List.of("Encrypt the backups", "Review in a year")));

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.json().get("outcome").asString()).isEqualTo("APPROVED_WITH_CONDITIONS");
        assertThat(decided.json().get("rationale").asString()).isEqualTo("The benefits outweigh the risks.");
        assertThat(decided.json().get("decidedByName").asString())
                .isEqualTo(team.executiveUser().displayName());
        assertThat(decided.json().get("stale").asBoolean()).isFalse();
        JsonNode conditions = decided.json().get("conditions");
        assertThat(conditions).hasSize(2);
        assertThat(conditions.get(0).get("done").asBoolean()).isFalse();
        assertThat(titles(team.executive().get("/api/v1/decisions?status=REQUESTED")))
                .isEmpty();
        assertThat(titles(team.auditor()
                        .get("/api/v1/decisions?status=DECIDED&subjectType=PROCUREMENT&subjectId=" + subject)))
                .containsExactly("Adopt the CRM service");

        String condition = conditions.get(0).get("id").asString();
        Response done = team.officer().post("/api/v1/decisions/" + id + "/conditions/" + condition + "/done", null);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("conditions").get(0).get("done").asBoolean()).isTrue();
        assertThat(done.json().get("conditions").get(0).get("doneByName").asString())
                .isEqualTo(team.officerUser().displayName());
        assertThat(done.json().get("conditions").get(1).get("done").asBoolean()).isFalse();
        JsonNode listed = team.auditor()
                .get("/api/v1/decisions?subjectType=PROCUREMENT&subjectId=" + subject)
                .json()
                .get("items")
                .get(0);
        ObjectNode alone =
                (ObjectNode) team.auditor().get("/api/v1/decisions/" + id).json();
        alone.remove("basisJson");
        assertThat(listed)
                .as("the list, read in one query, answers every field as the decision read alone but the basis")
                .isEqualTo(alone);

        Response again = team.executive().post("/api/v1/decisions/" + id + "/conditions/" + condition + "/done", null);
        assertProblem(again, 409, "decision.error.conditionAlreadyDone");
        Response byOutsider = team.owner()
                .post(
                        "/api/v1/decisions/" + id + "/conditions/"
                                + conditions.get(1).get("id").asString() + "/done",
                        null);
        assertThat(byOutsider.status()).isEqualTo(403);

        assertThat(actions(team.organizationId(), id))
                .containsExactly("decision.condition.done", "decision.decision.decided", "decision.decision.requested");
        assertThat(ledger.verify(team.organizationId()).valid()).isTrue();
    }

    @Test
    void theListAnswersEachDecisionAsItIsReadAloneButTheBasisWhateverOptionsEvidenceAndConditionsItHas() {
        Team team = team();
        Team strangers = team();
        Subject first = new Subject("PROCUREMENT", UUID.randomUUID());
        Subject second = new Subject("PROCUREMENT", UUID.randomUUID());
        Decision conditional = decisions.request(team.officerUser(), newDecision(first, "GATE"));
        conditional = decisions.decide(
                team.executiveUser(),
                conditional.id(),
                DecisionOutcome.APPROVED_WITH_CONDITIONS,
                "If the backups are encrypted",
                List.of("Encrypt the backups", "Review in a year"));
        decisions.conditionDone(
                team.officerUser(),
                conditional.id(),
                conditional.conditions().get(1).id());
        Decision evidenced = decisions.request(
                team.ownerUser(),
                new NewDecision(
                        second,
                        "GATE",
                        "Adopt the HR service",
                        "We propose to adopt it.",
                        List.of("Adopt", "Adopt later", "Do not adopt"),
                        List.of(
                                new EvidenceLink("REPORT", "https://example.com/reports/7", "Survey"),
                                new EvidenceLink("URL", "https://example.com/hr", "Vendor")),
                        new Basis(Map.of("plan", Map.of("model", "SAAS")))),
                List.of(new Upload("調査報告.pdf", TestFiles.PDF)));
        Decision returned = decisions.request(team.officerUser(), newDecision(first, "OTHER_GATE"));
        decisions.decide(team.secondExecutiveUser(), returned.id(), DecisionOutcome.RETURNED, "More data", List.of());
        Decision foreign = decisions.request(strangers.officerUser(), newDecision(first, "GATE"));

        JsonNode items = team.auditor().get("/api/v1/decisions").json().get("items");

        assertThat(ids(items))
                .as("newest request first, the other organisation's request on the same subject left out")
                .containsExactly(
                        returned.id().toString(),
                        evidenced.id().toString(),
                        conditional.id().toString());
        for (JsonNode listed : items) {
            ObjectNode alone = (ObjectNode) team.auditor()
                    .get("/api/v1/decisions/" + listed.get("id").asString())
                    .json();
            alone.remove("basisJson");
            assertThat(listed)
                    .as("the list answers every field as the decision read alone but the basis")
                    .isEqualTo(alone);
        }
        JsonNode evidencedItem = items.get(1);
        assertThat(texts(evidencedItem.get("options"))).containsExactly("Adopt", "Adopt later", "Do not adopt");
        assertThat(values(evidencedItem.get("evidence"), "kind")).containsExactly("REPORT", "URL", "FILE");
        assertThat(evidencedItem
                        .get("evidence")
                        .get(2)
                        .get("file")
                        .get("fileName")
                        .asString())
                .isEqualTo("調査報告.pdf");
        assertThat(evidencedItem.get("evidence").get(2).get("file").get("size").asLong())
                .isEqualTo(TestFiles.PDF.length);
        JsonNode conditions = items.get(2).get("conditions");
        assertThat(values(conditions, "text")).containsExactly("Encrypt the backups", "Review in a year");
        assertThat(conditions.get(0).get("done").asBoolean()).isFalse();
        assertThat(conditions.get(1).get("done").asBoolean()).isTrue();
        assertThat(conditions.get(1).get("doneByName").asString())
                .isEqualTo(team.officerUser().displayName());
        assertThat(items.get(0).get("evidence")).isEmpty();
        assertThat(items.get(0).get("conditions")).isEmpty();

        assertThat(ids(team.auditor()
                        .get("/api/v1/decisions?status=REQUESTED")
                        .json()
                        .get("items")))
                .containsExactly(evidenced.id().toString());
        assertThat(ids(team.auditor()
                        .get("/api/v1/decisions?state=APPROVED_WITH_CONDITIONS")
                        .json()
                        .get("items")))
                .containsExactly(conditional.id().toString());
        assertThat(ids(team.auditor()
                        .get("/api/v1/decisions?subjectType=PROCUREMENT&subjectId=" + first.id())
                        .json()
                        .get("items")))
                .containsExactly(returned.id().toString(), conditional.id().toString());
        assertThat(ids(team.auditor()
                        .get("/api/v1/decisions?requestedBy=" + team.ownerUser().userId())
                        .json()
                        .get("items")))
                .containsExactly(evidenced.id().toString());
        assertThat(ids(strangers.auditor().get("/api/v1/decisions").json().get("items")))
                .containsExactly(foreign.id().toString());
        assertThat(decisions.search(team.auditorUser(), DecisionQuery.all()))
                .as("the decisions read with their bases, as other modules read them")
                .extracting(Decision::basisJson)
                .containsExactly(Stream.of(returned, evidenced, conditional)
                        .map(decision -> decisions
                                .decision(team.auditorUser(), decision.id())
                                .basisJson())
                        .toArray(String[]::new))
                .allSatisfy(basis -> assertThat(basis).startsWith("{\""));
    }

    @Test
    void actingOutOfRoleIsForbiddenAndChangesNothing() {
        Team team = team();

        assertThat(team.auditor()
                        .post("/api/v1/decisions", request(UUID.randomUUID(), "GATE"))
                        .status())
                .isEqualTo(403);
        assertThat(team.executive()
                        .post("/api/v1/decisions", request(UUID.randomUUID(), "GATE"))
                        .status())
                .isEqualTo(403);
        assertThat(titles(team.auditor().get("/api/v1/decisions"))).isEmpty();

        String id = requestedId(team.officer(), UUID.randomUUID(), "GATE");
        Response byOfficer = team.owner().post("/api/v1/decisions/" + id + "/decision", approve("Why not"));
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(byOfficer.isProblem()).isTrue();
        Response revisedByAnother = team.owner().put("/api/v1/decisions/" + id, revision("Taken over"));
        assertThat(revisedByAnother.status()).isEqualTo(403);

        JsonNode unchanged = team.auditor().get("/api/v1/decisions/" + id).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(unchanged.get("title").asString()).isEqualTo("Adopt the CRM service");
        assertThat(actions(team.organizationId(), id)).containsExactly("decision.decision.requested");
    }

    @Test
    void anExecutiveCannotDecideTheirOwnRequest() {
        Team team = team();
        MekikiUser executiveOfficer = fixtures.user(team.organizationId(), Role.EXECUTIVE, Role.RISK_OFFICER);
        BearerClient client = client(executiveOfficer);
        String id = requestedId(client, UUID.randomUUID(), "GATE");

        Response refused = client.post("/api/v1/decisions/" + id + "/decision", approve("I like it"));

        assertProblem(refused, 403, "decision.error.ownRequest");
        assertThat(refused.json().get("detail").asString()).isEqualTo("ご自身の依頼を判断することはできません。");
        Response inEnglish = client.post("/api/v1/decisions/" + id + "/decision?lang=en", approve("I like it"));
        assertThat(inEnglish.json().get("detail").asString()).isEqualTo("You cannot decide your own request.");
        assertThat(team.auditor()
                        .get("/api/v1/decisions/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REQUESTED");
        assertThat(actions(team.organizationId(), id)).containsExactly("decision.decision.requested");
    }

    @Test
    void aDecisionIsMadeOnceAndNothingOfItCanBeEditedAfterwards() {
        Team team = team();
        String id = requestedId(team.officer(), UUID.randomUUID(), "GATE");
        assertThat(team.executive()
                        .post("/api/v1/decisions/" + id + "/decision", approve("Fits the plan"))
                        .status())
                .isEqualTo(200);

        Response twice = team.secondExecutive()
                .post("/api/v1/decisions/" + id + "/decision", Map.of("outcome", "REJECTED", "rationale", "Too risky"));
        assertProblem(twice, 409, "decision.error.alreadyDecided");

        Response edited = team.officer().put("/api/v1/decisions/" + id, revision("Rewritten after the fact"));
        assertProblem(edited, 409, "decision.error.decidedCannotChange");

        JsonNode reread = team.auditor().get("/api/v1/decisions/" + id).json();
        assertThat(reread.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(reread.get("rationale").asString()).isEqualTo("Fits the plan");
        assertThat(reread.get("title").asString()).isEqualTo("Adopt the CRM service");
        assertThat(actions(team.organizationId(), id))
                .containsExactly("decision.decision.decided", "decision.decision.requested");
    }

    @Test
    void anOpenRequestCanBeRewordedByItsRequester() {
        Team team = team();
        String id = requestedId(team.officer(), UUID.randomUUID(), "GATE");

        Response revised = team.officer().put("/api/v1/decisions/" + id, revision("Adopt the CRM service in Japan"));

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("title").asString()).isEqualTo("Adopt the CRM service in Japan");
        assertThat(actions(team.organizationId(), id))
                .containsExactly("decision.decision.revised", "decision.decision.requested");
    }

    @Test
    void onlyOneRequestPerSubjectAndTopicWaitsAtATime() {
        Team team = team();
        UUID subject = UUID.randomUUID();
        String first = requestedId(team.officer(), subject, "GATE");

        Response second = team.owner().post("/api/v1/decisions", request(subject, "GATE"));

        assertProblem(second, 409, "decision.error.openRequestExists");
        assertThat(titles(team.auditor().get("/api/v1/decisions?subjectId=" + subject)))
                .hasSize(1);
        assertThat(team.owner()
                        .post("/api/v1/decisions", request(subject, "OTHER_GATE"))
                        .status())
                .isEqualTo(201);

        team.executive()
                .post(
                        "/api/v1/decisions/" + first + "/decision",
                        Map.of("outcome", "RETURNED", "rationale", "Compare two more providers"));
        assertThat(team.owner()
                        .post("/api/v1/decisions", request(subject, "GATE"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aMissingRationaleOrMissingConditionsAreUnprocessableAndChangeNothing() {
        Team team = team();
        String id = requestedId(team.officer(), UUID.randomUUID(), "GATE");

        Response noRationale = team.executive()
                .post("/api/v1/decisions/" + id + "/decision", Map.of("outcome", "APPROVED", "rationale", "  "));
        assertProblem(noRationale, 400, "decision.error.rationaleRequired");
        assertThat(noRationale.errorFields()).containsExactly("rationale");
        Map<String, Object> withoutRationale = new HashMap<>();
        withoutRationale.put("outcome", "REJECTED");
        assertProblem(
                team.executive().post("/api/v1/decisions/" + id + "/decision", withoutRationale),
                400,
                "decision.error.rationaleRequired");

        Response noConditions = team.executive()
                .post(
                        "/api/v1/decisions/" + id + "/decision",
                        Map.of(
                                "outcome",
                                "APPROVED_WITH_CONDITIONS",
                                "rationale",
                                "Yes, but",
                                "conditions",
                                List.of()));
        assertProblem(noConditions, 400, "decision.error.conditionsRequired");
        assertThat(noConditions.errorFields()).containsExactly("conditions");

        Response conditionsOnRejection = team.executive()
                .post(
                        "/api/v1/decisions/" + id + "/decision",
                        Map.of("outcome", "REJECTED", "rationale", "No", "conditions", List.of("Try again")));
        assertProblem(conditionsOnRejection, 400, "decision.error.conditionsOnlyWithConditions");

        assertThat(team.auditor()
                        .get("/api/v1/decisions/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REQUESTED");
        assertThat(actions(team.organizationId(), id)).containsExactly("decision.decision.requested");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Team team = team();
        String id = requestedId(team.officer(), UUID.randomUUID(), "GATE");

        Response unknownOutcome = team.executive()
                .post("/api/v1/decisions/" + id + "/decision", Map.of("outcome", "MAYBE", "rationale", "Hmm"));
        assertThat(unknownOutcome.status()).isEqualTo(400);
        assertThat(unknownOutcome.errorFields()).containsExactly("outcome");

        Map<String, Object> noOptions = request(UUID.randomUUID(), "GATE");
        noOptions.put("options", List.of());
        Response withoutOptions = team.officer().post("/api/v1/decisions", noOptions);
        assertThat(withoutOptions.status()).isEqualTo(400);
        assertThat(withoutOptions.errorFields()).containsExactly("options");

        Map<String, Object> badSubject = request(UUID.randomUUID(), "GATE");
        badSubject.put("subjectId", "not-an-id");
        Response withBadSubject = team.officer().post("/api/v1/decisions", badSubject);
        assertThat(withBadSubject.status()).isEqualTo(400);
        assertThat(withBadSubject.errorFields()).containsExactly("subjectId");

        Response badFilter = team.officer().get("/api/v1/decisions?status=LOST");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.errorFields()).containsExactly("status");

        assertThat(titles(team.auditor().get("/api/v1/decisions"))).hasSize(1);
    }

    @Test
    void anApprovalBecomesStaleWhenItsBasisChangesAndShowsWhatChanged() {
        Team team = team();
        Subject subject = new Subject("PROCUREMENT", UUID.randomUUID());
        Decision approved = decisions.request(team.officerUser(), newDecision(subject, "SELECTION_ADOPTION"));
        decisions.decide(team.executiveUser(), approved.id(), DecisionOutcome.APPROVED, "Fits", List.of());
        Decision rejected = decisions.request(team.officerUser(), newDecision(subject, "TRADE_SECRET"));
        decisions.decide(team.executiveUser(), rejected.id(), DecisionOutcome.REJECTED, "No", List.of());

        Map<String, Object> sameInAnotherOrder = new LinkedHashMap<>();
        sameInAnotherOrder.put("scoping", Map.of("items", List.of("PD-01")));
        sameInAnotherOrder.put("plan", Map.of("model", "SAAS", "locations", List.of("JP")));
        decisions.basisChanged(team.organizationId(), subject, new Basis(sameInAnotherOrder));
        assertThat(decisions.decision(team.auditorUser(), approved.id()).stale())
                .isFalse();
        assertThat(decisions.stale(team.organizationId())).isEmpty();

        Basis grown = new Basis(Map.of(
                "plan", Map.of("model", "SAAS", "locations", List.of("JP", "US")),
                "scoping", Map.of("items", List.of("PD-01", "OV-02"))));
        decisions.basisChanged(team.organizationId(), subject, grown);

        Decision stale = decisions.decision(team.auditorUser(), approved.id());
        assertThat(stale.stale()).isTrue();
        assertThat(stale.staleSince()).isNotNull();
        assertThat(decisions.decision(team.auditorUser(), rejected.id()).stale())
                .isFalse();
        assertThat(decisions.stale(team.organizationId()))
                .extracting(Decision::id)
                .containsExactly(approved.id());
        assertThat(decisions.changesSince(stale, grown))
                .containsExactly(
                        new BasisChange("plan.locations", "", "US"), new BasisChange("scoping.items", "", "OV-02"));

        decisions.basisChanged(team.organizationId(), subject, new Basis(Map.of("scoping", Map.of())));
        assertThat(decisions.decision(team.auditorUser(), approved.id()).staleSince())
                .isEqualTo(stale.staleSince());

        JsonNode read = team.auditor().get("/api/v1/decisions/" + approved.id()).json();
        assertThat(read.get("stale").asBoolean()).isTrue();
        assertThat(read.get("staleSince").isNull()).isFalse();
        assertThat(read.get("basisHash").asString()).isEqualTo(approved.basisHash());
        assertThat(ids(team.auditor().get("/api/v1/decisions?stale=true")))
                .containsExactly(approved.id().toString());
        assertThat(ids(team.auditor().get("/api/v1/decisions?stale=false")))
                .containsExactly(rejected.id().toString());

        List<LedgerEntry> entries = entries(team.organizationId(), approved.id().toString());
        assertThat(entries)
                .extracting(LedgerEntry::action)
                .containsExactly("decision.decision.stale", "decision.decision.decided", "decision.decision.requested");
        assertThat(entries.get(0).actorId()).isEqualTo("system");
        assertThat(entries.get(0).change()).contains("plan.locations", "OV-02", approved.basisHash());
    }

    @Test
    void theNewestApprovalOfATopicAndTheRequestsWaitingAreWhatOtherModulesRead() {
        Team team = team();
        Subject subject = new Subject("PROCUREMENT", UUID.randomUUID());
        assertThat(decisions.approval(team.organizationId(), subject, "GATE")).isEmpty();

        Decision returned = decisions.request(team.officerUser(), newDecision(subject, "GATE"));
        assertThat(decisions.waiting(team.organizationId()))
                .extracting(Decision::id)
                .containsExactly(returned.id());
        decisions.decide(team.executiveUser(), returned.id(), DecisionOutcome.RETURNED, "More data", List.of());
        assertThat(decisions.approval(team.organizationId(), subject, "GATE")).isEmpty();
        Decision approved = decisions.request(team.ownerUser(), newDecision(subject, "GATE"));
        decisions.decide(team.secondExecutiveUser(), approved.id(), DecisionOutcome.APPROVED, "Good", List.of());

        assertThat(decisions.approval(team.organizationId(), subject, "GATE"))
                .map(Decision::id)
                .contains(approved.id());
        assertThat(decisions.waiting(team.organizationId())).isEmpty();
        assertThat(decisions.ofSubject(team.organizationId(), subject))
                .extracting(Decision::id)
                .containsExactly(approved.id(), returned.id());
        assertThatThrownBy(() ->
                        decisions.decide(team.officerUser(), approved.id(), DecisionOutcome.REJECTED, "No", List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenTheSubjectsModuleKnowsTheBasisItIsFrozenAndFrozenAgainAtDecisionTime() {
        Team team = team();
        UUID subjectId = UUID.randomUUID();
        subjects.basis(team.organizationId(), subjectId, Map.of("items", List.of("PD-01")));
        Map<String, Object> body = request(subjectId, "GATE");
        body.put("subjectType", TestSubjects.TYPE);
        body.put("basis", Map.of("forged", true));

        Response requested = team.officer().post("/api/v1/decisions", body);

        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().get("basisJson").asString()).isEqualTo("{\"items\":[\"PD-01\"]}");
        String id = requested.json().get("id").asString();
        subjects.basis(team.organizationId(), subjectId, Map.of("items", List.of("PD-01", "TS-02")));
        assertThat(decisions.changesSinceFrozen(team.auditorUser(), UUID.fromString(id)))
                .contains(List.of(new BasisChange("items", "", "TS-02")));

        Response decided =
                team.executive().post("/api/v1/decisions/" + id + "/decision", approve("Both items covered"));
        assertThat(decided.json().get("basisJson").asString()).isEqualTo("{\"items\":[\"PD-01\",\"TS-02\"]}");
        assertThat(decisions.subjectPath(new Subject(TestSubjects.TYPE, subjectId)))
                .contains("/test-subjects/" + subjectId);

        Map<String, Object> unknown = request(UUID.randomUUID(), "GATE");
        unknown.put("subjectType", TestSubjects.TYPE);
        Response refused = team.officer().post("/api/v1/decisions", unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("subjectId");
    }

    @Test
    void anotherOrganisationsInitiativeIsRefusedExactlyLikeOneThatDoesNotExist() {
        Team team = team();
        Team strangers = team();
        UUID theirs = initiatives.initiative(strangers.organizationId());
        Map<String, Object> foreign = request(theirs, "PREPARATION_PURPOSE_APPROVED");
        foreign.put("subjectType", "INITIATIVE");
        Map<String, Object> missing = request(UUID.randomUUID(), "PREPARATION_PURPOSE_APPROVED");
        missing.put("subjectType", "INITIATIVE");

        Response foreignRefused = team.officer().post("/api/v1/decisions", foreign);
        Response missingRefused = team.officer().post("/api/v1/decisions", missing);

        assertThat(foreignRefused.status()).isEqualTo(400);
        assertThat(foreignRefused.errorFields()).containsExactly("subjectId");
        assertThat(missingRefused.status()).isEqualTo(400);
        assertThat(foreignRefused.json().get("errors"))
                .isEqualTo(missingRefused.json().get("errors"));
        assertThat(foreignRefused.json().get("detail"))
                .isEqualTo(missingRefused.json().get("detail"));
        assertThat(team.auditor().get("/api/v1/decisions").json().get("items")).isEmpty();
        assertThat(strangers.auditor().get("/api/v1/decisions").json().get("items"))
                .isEmpty();
    }

    @Test
    void evidenceIsAWebAddressOrAPathToARecordOfTheOrganisationAndAnythingElseIsRefusedNamingTheField() {
        Team team = team();
        Team strangers = team();
        UUID ours = initiatives.initiative(team.organizationId());
        UUID theirs = initiatives.initiative(strangers.organizationId());
        String earlier = requestedId(team.officer(), UUID.randomUUID(), "EARLIER");
        String theirDecision = requestedId(strangers.officer(), UUID.randomUUID(), "EARLIER");

        for (String refused : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "ftp://files.example.com/survey.pdf",
                "data:text/html,hello",
                "/initiatives/" + theirs,
                "/decisions/" + theirDecision,
                "/decisions/" + UUID.randomUUID(),
                "/nowhere/" + ours,
                "//evil.example.com/survey",
                "report-42")) {
            Map<String, Object> body = request(UUID.randomUUID(), "GATE");
            body.put(
                    "evidence",
                    List.of(
                            Map.of("kind", "URL", "reference", "https://example.com/fine", "label", "Fine"),
                            Map.of("kind", "LINK", "reference", refused, "label", "Evidence")));

            Response response = team.officer().post("/api/v1/decisions?lang=en", body);

            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.errorFields()).as(refused).containsExactly("evidence[1].reference");
            assertThat(response.errorMessages().get(0)).as(refused).contains(refused);
        }
        assertThat(team.auditor().get("/api/v1/decisions").json().get("items")).hasSize(1);

        Map<String, Object> body = request(UUID.randomUUID(), "GATE");
        body.put(
                "evidence",
                List.of(
                        Map.of("kind", "URL", "reference", "http://intranet.example.co.jp/policy", "label", "Policy"),
                        Map.of("kind", "URL", "reference", "https://example.com/sla?v=2#credits", "label", "SLA"),
                        Map.of("kind", "LINK", "reference", "/initiatives/" + ours, "label", "The initiative"),
                        Map.of("kind", "LINK", "reference", "/decisions/" + earlier + "#basis", "label", "Earlier")));
        Response accepted = team.officer().post("/api/v1/decisions", body);
        assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(201);
        assertThat(accepted.json().get("evidence").get(2).get("reference").asString())
                .isEqualTo("/initiatives/" + ours);

        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("title", "Adopt the CRM service");
        revision.put("proposal", "Reworded.");
        revision.put("options", List.of("Adopt"));
        revision.put("evidence", List.of(Map.of("kind", "LINK", "reference", "/initiatives/" + theirs)));
        Response refusedRevision = team.officer()
                .put("/api/v1/decisions/" + accepted.json().get("id").asString(), revision);
        assertThat(refusedRevision.status()).isEqualTo(400);
        assertThat(refusedRevision.errorFields()).containsExactly("evidence[0].reference");
    }

    @Test
    void theListNamesTheSubjectAndTheGateAndFiltersByTheChoicesItOffers() {
        Team team = team();
        UUID crm = initiatives.initiative(team.organizationId());
        // a gate without conditions of its own (the preparation gates need their reports accepted first)
        Map<String, Object> purpose = request(crm, "CONTINUATION_SUPERVISION_APPROVED");
        purpose.put("subjectType", "INITIATIVE");
        assertThat(team.officer().post("/api/v1/decisions", purpose).status()).isEqualTo(201);
        requestedId(team.officer(), UUID.randomUUID(), "SELECTION_ADOPTION");

        Response listed = team.auditor().get("/api/v1/decisions?lang=en&subjectType=INITIATIVE");
        JsonNode item = listed.json().get("items").get(0);
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(item.get("subjectTitle").asString()).isEqualTo("Test initiative");
        assertThat(item.get("topicLabel").asString()).isEqualTo("Yearly supervision review approved");
        assertThat(item.get("topic").asString()).isEqualTo("CONTINUATION_SUPERVISION_APPROVED");
        assertThat(item.get("basisHash").asString()).hasSize(64);

        Response choices = team.auditor().get("/api/v1/decisions/choices?lang=ja");
        assertThat(values(choices.json().get("subjects"), "label")).contains("Test initiative");
        assertThat(values(choices.json().get("topics"), "label")).contains("年次の委託先監督の承認");
        assertThat(values(choices.json().get("requesters"), "value"))
                .containsExactly(team.officerUser().userId().toString());
        assertThat(values(choices.json().get("states"), "value"))
                .containsExactly("WAITING", "APPROVED", "APPROVED_WITH_CONDITIONS", "REJECTED", "RETURNED", "STALE");

        assertThat(titles(team.auditor().get("/api/v1/decisions?topic=CONTINUATION_SUPERVISION_APPROVED")))
                .hasSize(1);
        assertThat(titles(team.auditor()
                        .get("/api/v1/decisions?requestedBy="
                                + team.officerUser().userId())))
                .hasSize(2);
        assertThat(titles(team.auditor().get("/api/v1/decisions?requestedBy=" + UUID.randomUUID())))
                .isEmpty();
        assertThat(titles(team.auditor().get("/api/v1/decisions?state=WAITING")))
                .hasSize(2);
        assertThat(titles(team.auditor().get("/api/v1/decisions?state=APPROVED")))
                .isEmpty();
        Response unknownState = team.auditor().get("/api/v1/decisions?state=SOMETHING");
        assertThat(unknownState.status()).isEqualTo(400);
        assertThat(unknownState.errorFields()).containsExactly("state");
    }

    @Test
    void aBasisAboveItsSizeLimitIsRefusedWithAClearMessageAndNothingIsStored() {
        Team team = team();
        Map<String, Object> body = request(UUID.randomUUID(), "GATE");
        body.put("basis", Map.of("attachment", "x".repeat(FrozenBasis.MAX_CHARS)));

        Response refused = team.officer().post("/api/v1/decisions?lang=en", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("basis");
        assertThat(refused.errorMessages().get(0)).contains("at most 256 KB");
        assertThat(team.auditor().get("/api/v1/decisions").json().get("items")).isEmpty();

        body.put("basis", Map.of("attachment", "x".repeat(FrozenBasis.MAX_CHARS - 100)));
        assertThat(team.officer().post("/api/v1/decisions", body).status()).isEqualTo(201);
    }

    @Test
    void aSubjectTypeThatNoModuleAnswersForIsRefused() {
        Team team = team();
        Map<String, Object> body = request(UUID.randomUUID(), "GATE");
        body.put("subjectType", "NO_SUCH_THING");

        Response refused = team.officer().post("/api/v1/decisions", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("subjectType");
    }

    @Test
    void anotherOrganisationsDecisionsAreInvisibleAndUntouchable() {
        Team owners = team();
        Team strangers = team();
        Subject subject = new Subject("PROCUREMENT", UUID.randomUUID());
        Decision decision = decisions.request(owners.officerUser(), newDecision(subject, "GATE"));

        assertThat(strangers
                        .executive()
                        .get("/api/v1/decisions/" + decision.id())
                        .status())
                .isEqualTo(404);
        assertThat(strangers
                        .executive()
                        .post("/api/v1/decisions/" + decision.id() + "/decision", approve("Sure"))
                        .status())
                .isEqualTo(404);
        assertThat(strangers
                        .officer()
                        .put("/api/v1/decisions/" + decision.id(), revision("Hijacked"))
                        .status())
                .isEqualTo(404);
        assertThat(titles(strangers.auditor().get("/api/v1/decisions"))).isEmpty();
        assertThat(decisions.waiting(strangers.organizationId())).isEmpty();
        assertThatThrownBy(() -> decisions.decision(strangers.auditorUser(), decision.id()))
                .isInstanceOf(NotFoundException.class);

        decisions.decide(owners.executiveUser(), decision.id(), DecisionOutcome.APPROVED, "Yes", List.of());
        decisions.basisChanged(strangers.organizationId(), subject, new Basis(Map.of("changed", true)));
        assertThat(decisions.decision(owners.auditorUser(), decision.id()).stale())
                .isFalse();
        assertThat(decisions.approval(strangers.organizationId(), subject, "GATE"))
                .isEmpty();
        assertThat(entries(strangers.organizationId(), decision.id().toString()))
                .isEmpty();
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        HttpResponse<String> docs = new ApiCaller(port).get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = ApiCaller.body(docs).get("paths");
        assertThat(paths.has("/api/v1/decisions")).isTrue();
        assertThat(paths.get("/api/v1/decisions/{id}/decision")
                        .get("post")
                        .get("summary")
                        .asString())
                .contains("EXECUTIVE");
        assertThat(paths.get("/api/v1/decisions/{id}/decision")
                        .get("post")
                        .get("responses")
                        .has("400"))
                .isTrue();
        assertThat(paths.has("/api/v1/decisions/{id}/conditions/{conditionId}/done"))
                .isTrue();
    }

    private Team team() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser secondExecutive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        return new Team(
                organization,
                officer,
                client(officer),
                owner,
                client(owner),
                executive,
                client(executive),
                secondExecutive,
                client(secondExecutive),
                auditor,
                client(auditor));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private static String requestedId(BearerClient client, UUID subject, String topic) {
        Response response = client.post("/api/v1/decisions", request(subject, topic));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> request(UUID subject, String topic) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subjectType", "PROCUREMENT");
        request.put("subjectId", subject);
        request.put("topic", topic);
        request.put("title", "Adopt the CRM service");
        request.put("proposal", "We propose to adopt the CRM service for the sales department.");
        request.put("options", List.of("Adopt", "Do not adopt"));
        request.put(
                "evidence",
                List.of(Map.of("kind", "REPORT", "reference", "https://example.com/reports/42", "label", "Survey")));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("model", "SAAS");
        plan.put("locations", List.of("JP"));
        request.put("basis", Map.of("scoping", Map.of("items", List.of("PD-01")), "plan", plan));
        return request;
    }

    private static NewDecision newDecision(Subject subject, String topic) {
        return new NewDecision(
                subject,
                topic,
                "Adopt the CRM service",
                "We propose to adopt it.",
                List.of("Adopt", "Do not adopt"),
                List.of(),
                new Basis(Map.of(
                        "scoping", Map.of("items", List.of("PD-01")),
                        "plan", Map.of("locations", List.of("JP"), "model", "SAAS"))));
    }

    private static Map<String, Object> approve(String rationale) {
        return Map.of("outcome", "APPROVED", "rationale", rationale);
    }

    private static Map<String, Object> revision(String title) {
        return Map.of("title", title, "proposal", "We propose to adopt it.", "options", List.of("Adopt"));
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.json().get("detail").asString()).isNotBlank().doesNotContain("decision.error");
    }

    private List<String> actions(UUID organization, String decisionId) {
        return entries(organization, decisionId).stream()
                .map(LedgerEntry::action)
                .toList();
    }

    private List<LedgerEntry> entries(UUID organization, String decisionId) {
        return ledger.entries(organization, DecisionChange.DECISION, decisionId, 0, 50)
                .entries();
    }

    private static List<String> values(JsonNode choices, String property) {
        List<String> values = new ArrayList<>();
        choices.forEach(choice -> values.add(choice.get(property).asString()));
        return values;
    }

    private static List<String> titles(Response list) {
        assertThat(list.status()).as(list.json().toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        list.json().get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    private static List<String> ids(Response list) {
        return ids(list.json().get("items"));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    record Team(
            UUID organizationId,
            MekikiUser officerUser,
            BearerClient officer,
            MekikiUser ownerUser,
            BearerClient owner,
            MekikiUser executiveUser,
            BearerClient executive,
            MekikiUser secondExecutiveUser,
            BearerClient secondExecutive,
            MekikiUser auditorUser,
            BearerClient auditor) {}
}
