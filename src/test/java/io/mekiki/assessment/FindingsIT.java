package io.mekiki.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.AcceptedReports;
import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.SelectionWork;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.decision.DecisionReader;
import io.mekiki.decision.Subject;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.instruction.Instructions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * Findings through the API (ADR 030): raised from answers on blocking items and by hand, resolved by the
 * answer, dispositions (mitigate, accept through an executive's decision, exclude), the chosen candidate
 * refused while a blocking finding is open, the selection gates' conditions and their basis.
 */
class FindingsIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;
    private final CatalogReleases releases;
    private final Instructions instructions;
    private final AuditLedger ledger;
    private final Findings findings;
    private final DecisionReader decisionReader;

    @Autowired
    FindingsIT(
            IdentityFixtures fixtures,
            InitiativeFixtures initiatives,
            CatalogReleases releases,
            Instructions instructions,
            AuditLedger ledger,
            Findings findings,
            DecisionReader decisionReader) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.releases = releases;
        this.instructions = instructions;
        this.ledger = ledger;
        this.findings = findings;
        this.decisionReader = decisionReader;
    }

    /**
     * The decision lists read the titles of many subjects at once (ADR 044): a finding is titled by its
     * candidate's service and its item, an initiative by its title, and subjects the organisation does not
     * know (another organisation's finding, an unknown id) are left out, whatever the mix.
     */
    @Test
    void theTitlesOfManyFindingsAreReadAtOnceWithTheirServicesAndOnlyWithinTheOrganization() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate first = candidate(officer, "Titled Mail");
        Items firstItems = items(officer, first);
        answer(officer, first, firstItems.blocking().get(0), "PARTLY", 0);
        Candidate second = candidate(officer, "Titled Drive");
        Items secondItems = items(officer, second);
        answer(officer, second, secondItems.blocking().get(0), "DOES_NOT_MEET", 0);
        Client stranger = client(Role.RISK_OFFICER);
        Candidate foreign = candidate(stranger, "Foreign Mail");
        answer(stranger, foreign, items(stranger, foreign).blocking().get(0), "PARTLY", 0);
        Subject firstFinding = new Subject(
                "FINDING", UUID.fromString(onlyFinding(officer, first).get("id").asString()));
        Subject secondFinding = new Subject(
                "FINDING",
                UUID.fromString(onlyFinding(officer, second).get("id").asString()));
        Subject foreignFinding = new Subject(
                "FINDING",
                UUID.fromString(onlyFinding(stranger, foreign).get("id").asString()));
        Subject initiative = new Subject("INITIATIVE", UUID.fromString(first.initiative()));
        String initiativeTitle = officer.api()
                .get("/api/v1/initiatives/" + first.initiative())
                .json()
                .get("title")
                .asString();

        Map<Subject, String> titles = decisionReader.titles(
                officer.user().organizationId(),
                List.of(
                        secondFinding,
                        initiative,
                        foreignFinding,
                        new Subject("FINDING", UUID.randomUUID()),
                        firstFinding,
                        secondFinding));

        assertThat(titles)
                .containsOnly(
                        Map.entry(
                                firstFinding,
                                "Titled Mail · " + firstItems.blocking().get(0)),
                        Map.entry(
                                secondFinding,
                                "Titled Drive · " + secondItems.blocking().get(0)),
                        Map.entry(initiative, initiativeTitle));
        assertThat(decisionReader.titles(stranger.user().organizationId(), List.of(foreignFinding, firstFinding)))
                .containsOnly(Map.entry(
                        foreignFinding,
                        "Foreign Mail · " + items(stranger, foreign).blocking().get(0)));
    }

    @Test
    void aGapOnABlockingItemBecomesAFindingThatTheAnswerResolvesAndOthersAreRaisedByHand() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Finding Mail");
        Items items = items(officer, candidate);
        String findings = "/api/v1/assessments/" + candidate.id() + "/findings";

        answer(officer, candidate, items.blocking().get(0), "DOES_NOT_MEET", 0);
        answer(officer, candidate, items.other().get(0), "DOES_NOT_MEET", 0);
        JsonNode raised = officer.api().get(findings).json();
        assertThat(raised).as("only the blocking item's gap is a finding").hasSize(1);
        JsonNode finding = raised.get(0);
        assertThat(finding.get("itemId").asString()).isEqualTo(items.blocking().get(0));
        assertThat(finding.get("origin").asString()).isEqualTo("AUTOMATIC");
        assertThat(finding.get("blocking").asBoolean()).isTrue();
        assertThat(finding.get("standing").asString()).isEqualTo("OPEN");
        assertThat(finding.get("gapStatus").asString()).isEqualTo("DOES_NOT_MEET");

        answer(officer, candidate, items.blocking().get(0), "PARTLY", 1);
        JsonNode partly = officer.api().get(findings).json();
        assertThat(partly).as("another gap keeps the same finding").hasSize(1);
        assertThat(partly.get(0).get("gapStatus").asString()).isEqualTo("PARTLY");

        answer(officer, candidate, items.blocking().get(0), "MEETS", 2);
        JsonNode resolved = officer.api().get(findings).json();
        assertThat(resolved).as("kept as history").hasSize(1);
        assertThat(resolved.get(0).get("standing").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get(0).get("resolvedStatus").asString()).isEqualTo("MEETS");
        assertThat(resolved.get(0).get("open").asBoolean()).isFalse();

        answer(officer, candidate, items.blocking().get(0), "UNKNOWN", 3);
        assertThat(officer.api().get(findings).json())
                .as("a new gap raises a new finding")
                .hasSize(2);

        Response byHand =
                officer.api().post(findings, Map.of("itemId", items.other().get(0), "note", "要追加確認"));
        assertThat(byHand.status()).as(byHand.json().toString()).isEqualTo(201);
        assertThat(byHand.json().get("origin").asString()).isEqualTo("MANUAL");
        assertThat(byHand.json().get("blocking").asBoolean()).isFalse();
        assertThat(officer.api()
                        .post(findings, Map.of("itemId", items.other().get(0)))
                        .status())
                .as("one finding not resolved per item")
                .isEqualTo(409);
        answer(officer, candidate, items.other().get(1), "MEETS", 0);
        Response noGap =
                officer.api().post(findings, Map.of("itemId", items.other().get(1)));
        assertThat(noGap.status()).isEqualTo(400);
        assertThat(noGap.errorFields()).containsExactly("itemId");
        Response notApplicable = officer.api().post(findings, Map.of("itemId", "NO-SUCH-ITEM"));
        assertThat(notApplicable.status()).isEqualTo(400);
        assertThat(notApplicable.errorFields()).containsExactly("itemId");

        for (Role reader : List.of(Role.AUDITOR, Role.BUSINESS_OWNER)) {
            Client other = sameOrganization(officer, reader);
            assertThat(other.api().get(findings).status()).isEqualTo(200);
            assertThat(other.api()
                            .post(findings, Map.of("itemId", items.other().get(0)))
                            .status())
                    .as(reader.name())
                    .isEqualTo(403);
        }
        Client stranger = client(Role.RISK_OFFICER);
        assertThat(stranger.api().get(findings).status()).isEqualTo(404);
        assertThat(stranger.api()
                        .get(findings + "/" + finding.get("id").asString())
                        .status())
                .isEqualTo(404);

        List<String> actions = new ArrayList<>();
        for (JsonNode each : officer.api().get(findings).json()) {
            ledger
                    .entries(
                            officer.user().organizationId(),
                            "FINDING",
                            each.get("id").asString(),
                            0,
                            100)
                    .entries()
                    .stream()
                    .map(LedgerEntry::action)
                    .forEach(actions::add);
        }
        assertThat(actions)
                .containsExactlyInAnyOrder(
                        "assessment.finding.raised",
                        "assessment.finding.resolved",
                        "assessment.finding.raised",
                        "assessment.finding.raised");
    }

    @Test
    void aMitigationNeedsItsActionOwnerAndDueDateAndCountsOnceDone() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Mitigated Mail");
        Items items = items(officer, candidate);
        answer(officer, candidate, items.blocking().get(0), "DOES_NOT_MEET", 0);
        JsonNode finding = onlyFinding(officer, candidate);
        String path = "/api/v1/assessments/" + candidate.id() + "/findings/"
                + finding.get("id").asString();
        long version = finding.get("version").asLong();

        assertThat(refusedField(
                        officer.api().put(path + "/disposition", Map.of("disposition", "IGNORE", "version", version))))
                .isEqualTo("disposition");
        Map<String, Object> mitigation = mitigation(officer.user().userId().toString(), "2027-01-31", version);
        mitigation.remove("action");
        assertThat(refusedField(officer.api().put(path + "/disposition", mitigation)))
                .isEqualTo("action");
        Client stranger = client(Role.RISK_OFFICER);
        assertThat(refusedField(officer.api()
                        .put(
                                path + "/disposition",
                                mitigation(stranger.user().userId().toString(), "2027-01-31", version))))
                .as("the owner is a person of the organisation")
                .isEqualTo("ownerId");
        assertThat(refusedField(officer.api()
                        .put(
                                path + "/disposition",
                                mitigation(officer.user().userId().toString(), "31.1.2027", version))))
                .isEqualTo("dueDate");
        Client auditor = sameOrganization(officer, Role.AUDITOR);
        assertThat(auditor.api()
                        .put(
                                path + "/disposition",
                                mitigation(officer.user().userId().toString(), "2027-01-31", version))
                        .status())
                .isEqualTo(403);
        assertThat(stranger.api()
                        .put(
                                path + "/disposition",
                                mitigation(stranger.user().userId().toString(), "2027-01-31", version))
                        .status())
                .isEqualTo(404);

        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Response planned = executive
                .api()
                .put(path + "/disposition", mitigation(officer.user().userId().toString(), "2027-01-31", version));
        assertThat(planned.status()).as(planned.json().toString()).isEqualTo(200);
        assertThat(planned.json().get("standing").asString()).isEqualTo("MITIGATION_PLANNED");
        assertThat(planned.json().get("mitigation").get("owner").asString())
                .isEqualTo(officer.user().displayName());
        assertThat(officer.api()
                        .put(
                                path + "/disposition",
                                mitigation(officer.user().userId().toString(), "2027-02-28", version))
                        .status())
                .as("stale version")
                .isEqualTo(409);

        long plannedVersion = planned.json().get("version").asLong();
        assertThat(refusedField(officer.api().post(path + "/mitigation/done", Map.of("version", plannedVersion))))
                .isEqualTo("note");
        Response done =
                officer.api().post(path + "/mitigation/done", Map.of("note", "覚書を締結した", "version", plannedVersion));
        assertThat(done.status()).as(done.json().toString()).isEqualTo(200);
        assertThat(done.json().get("standing").asString()).isEqualTo("MITIGATED");
        assertThat(done.json().get("open").asBoolean()).isFalse();
        assertThat(officer.api()
                        .post(
                                path + "/mitigation/done",
                                Map.of(
                                        "note",
                                        "again",
                                        "version",
                                        done.json().get("version").asLong()))
                        .status())
                .as("done once")
                .isEqualTo(409);

        JsonNode risks = officer.api()
                .get("/api/v1/assessments/" + candidate.id() + "/risks")
                .json();
        assertThat(risks.get("risks")).hasSize(7);
        boolean treated = false;
        for (JsonNode risk : risks.get("risks")) {
            assertThat(risk.get("residual").asInt())
                    .isLessThanOrEqualTo(risk.get("inherent").asInt());
            for (JsonNode item : risk.get("behind")) {
                if (item.get("itemId").asString().equals(items.blocking().get(0))) {
                    assertThat(item.get("treatment").asString()).isEqualTo("MITIGATED");
                    treated = true;
                }
            }
        }
        assertThat(treated).as("the mitigated item is behind one of the risks").isTrue();
    }

    @Test
    void anAcceptanceCountsOnlyOnceAnExecutiveApprovedItsDecisionAndAChangedAnswerMakesItStale() {
        Client officer = client(Role.RISK_OFFICER);
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Candidate candidate = candidate(officer, "Accepted Mail");
        Items items = items(officer, candidate);
        String item = items.blocking().get(0);
        answer(officer, candidate, item, "PARTLY", 0);
        JsonNode finding = onlyFinding(officer, candidate);
        String path = "/api/v1/assessments/" + candidate.id() + "/findings/"
                + finding.get("id").asString();

        assertThat(refusedField(officer.api()
                        .put(
                                path + "/disposition",
                                Map.of(
                                        "disposition",
                                        "ACCEPT",
                                        "version",
                                        finding.get("version").asLong()))))
                .isEqualTo("rationale");
        Response accepting = officer.api()
                .put(
                        path + "/disposition",
                        Map.of(
                                "disposition",
                                "ACCEPT",
                                "rationale",
                                "代替の統制で補える",
                                "version",
                                finding.get("version").asLong()));
        assertThat(accepting.status()).as(accepting.json().toString()).isEqualTo(200);
        assertThat(accepting.json().get("standing").asString()).isEqualTo("ACCEPTANCE_PENDING");
        JsonNode acceptance = accepting.json().get("acceptance");
        assertThat(acceptance.get("state").asString()).isEqualTo("REQUESTED");
        String decision = acceptance.get("decisionId").asString();
        JsonNode requested = officer.api().get("/api/v1/decisions/" + decision).json();
        assertThat(requested.get("topic").asString()).isEqualTo("FINDING_ACCEPTANCE");
        assertThat(requested.get("proposal").asString()).isEqualTo("代替の統制で補える");

        Response approved = executive
                .api()
                .post(
                        "/api/v1/decisions/" + decision + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "残るリスクは許容範囲"));
        assertThat(approved.status()).as(approved.json().toString()).isEqualTo(200);
        JsonNode accepted = officer.api().get(path).json();
        assertThat(accepted.get("standing").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("open").asBoolean()).isFalse();

        answer(officer, candidate, item, "DOES_NOT_MEET", 1);
        JsonNode again = officer.api().get(path).json();
        assertThat(again.get("acceptance").get("state").asString())
                .as("the answer the executive accepted changed")
                .isEqualTo("STALE");
        assertThat(again.get("standing").asString()).isEqualTo("ACCEPTANCE_PENDING");
        assertThat(officer.api()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anExecutivesAcceptanceWaitsForARiskOfficersRequestAndTheSummariesCountWhatIsOpen() {
        Client officer = client(Role.RISK_OFFICER);
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Candidate candidate = candidate(officer, "Summary Mail");
        Items items = items(officer, candidate);
        answer(officer, candidate, items.blocking().get(0), "UNKNOWN", 0);
        answer(officer, candidate, items.other().get(0), "DOES_NOT_MEET", 0);
        JsonNode finding = onlyFinding(officer, candidate);
        String path = "/api/v1/assessments/" + candidate.id() + "/findings/"
                + finding.get("id").asString();

        Map<UUID, FindingSummary> before =
                findings.summaries(officer.user().organizationId(), UUID.fromString(candidate.initiative()));
        FindingSummary open = before.get(UUID.fromString(candidate.id()));
        assertThat(open.open()).isEqualTo(1);
        assertThat(open.openBlocking()).isEqualTo(1);
        assertThat(open.risks()).hasSize(7);
        assertThat(open.residualScore())
                .isBetween(7, 175)
                .isEqualTo(open.risks().values().stream()
                        .mapToInt(RiskMethod.Rating::residual)
                        .sum());

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subjectType", "FINDING");
        request.put("subjectId", finding.get("id").asString());
        request.put("topic", "FINDING_ACCEPTANCE");
        request.put("title", "受容");
        request.put("proposal", "受容したい");
        request.put("options", List.of("受容する", "受容しない"));
        Response premature = officer.api().post("/api/v1/decisions", request);
        assertThat(premature.status())
                .as("no request before the disposition is to accept: " + premature.json())
                .isEqualTo(409);

        Response accepting = executive
                .api()
                .put(
                        path + "/disposition",
                        Map.of(
                                "disposition",
                                "ACCEPT",
                                "rationale",
                                "影響は限定的",
                                "version",
                                finding.get("version").asLong()));
        assertThat(accepting.status()).as(accepting.json().toString()).isEqualTo(200);
        assertThat(accepting.json().get("acceptance").isNull())
                .as("executives do not request decisions")
                .isTrue();
        assertThat(accepting.json().get("standing").asString()).isEqualTo("ACCEPTANCE_PENDING");
        Response requested = officer.api().post("/api/v1/decisions", request);
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        assertThat(officer.api().get(path).json().get("acceptance").get("state").asString())
                .isEqualTo("REQUESTED");
        assertThat(executive
                        .api()
                        .post(
                                "/api/v1/decisions/"
                                        + requested.json().get("id").asString() + "/decision",
                                Map.of("outcome", "APPROVED", "rationale", "受容する"))
                        .status())
                .isEqualTo(200);
        assertThat(officer.api().get(path).json().get("standing").asString()).isEqualTo("ACCEPTED");

        FindingSummary after = findings.summaries(
                        officer.user().organizationId(), UUID.fromString(candidate.initiative()))
                .get(UUID.fromString(candidate.id()));
        assertThat(after.open()).isZero();
        assertThat(after.openBlocking()).isZero();
        assertThat(after.residualScore()).isLessThan(open.residualScore());
    }

    @Test
    void excludingTheCandidateWithdrawsItWithTheFindingAsReason() {
        Client officer = client(Role.RISK_OFFICER);
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Candidate candidate = candidate(officer, "Excluded Mail");
        Items items = items(officer, candidate);
        answer(officer, candidate, items.blocking().get(0), "DOES_NOT_MEET", 0);
        JsonNode finding = onlyFinding(officer, candidate);
        String path = "/api/v1/assessments/" + candidate.id() + "/findings/"
                + finding.get("id").asString();

        Response excluded = executive
                .api()
                .put(
                        path + "/disposition",
                        Map.of(
                                "disposition",
                                "EXCLUDE",
                                "rationale",
                                "データの消去を証明できない",
                                "version",
                                finding.get("version").asLong()));
        assertThat(excluded.status()).as(excluded.json().toString()).isEqualTo(200);
        assertThat(excluded.json().get("standing").asString()).isEqualTo("EXCLUDED");
        JsonNode withdrawn = officer.api()
                .get("/api/v1/initiatives/" + candidate.initiative() + "/candidates/" + candidate.id())
                .json();
        assertThat(withdrawn.toString())
                .contains("データの消去を証明できない")
                .contains(items.blocking().get(0));
        assertThat(withdrawn.get("open").asBoolean()).isFalse();
        assertThat(executive
                        .api()
                        .put(
                                path + "/disposition",
                                Map.of(
                                        "disposition",
                                        "EXCLUDE",
                                        "rationale",
                                        "again",
                                        "version",
                                        excluded.json().get("version").asLong()))
                        .status())
                .as("the candidate is withdrawn")
                .isEqualTo(409);
    }

    @Test
    void aCandidateWithAnOpenBlockingFindingCannotBeChosenAndTheSelectionGatesRestOnTheChoiceAndTheFindings() {
        Client officer = client(Role.RISK_OFFICER);
        Client executive = sameOrganization(officer, Role.EXECUTIVE);
        Candidate candidate = candidate(officer, "Chosen Mail");
        Items items = items(officer, candidate);
        String chosen = "/api/v1/initiatives/" + candidate.initiative() + "/chosen-candidate";
        String gates = "/api/v1/initiatives/" + candidate.initiative() + "/gates?lang=en";
        assertThat(condition(officer.api().get(gates).json(), "SELECTION_ADOPTION_DECIDED", "CANDIDATE_CHOSEN")
                        .get("met")
                        .asBoolean())
                .isFalse();

        answer(officer, candidate, items.blocking().get(0), "DOES_NOT_MEET", 0);
        Response refused = officer.api().put(chosen, Map.of("candidateId", candidate.id()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().toString()).contains(items.blocking().get(0));
        assertThat(officer.api().get(chosen).json().get("candidateId").isNull()).isTrue();
        assertThat(refusedField(officer.api()
                        .put(chosen, Map.of("candidateId", UUID.randomUUID().toString()))))
                .isEqualTo("candidateId");
        for (Role role : List.of(Role.AUDITOR, Role.BUSINESS_OWNER)) {
            assertThat(sameOrganization(officer, role)
                            .api()
                            .put(chosen, Map.of("candidateId", candidate.id()))
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        assertThat(client(Role.RISK_OFFICER).api().get(chosen).status()).isEqualTo(404);

        JsonNode finding = onlyFinding(officer, candidate);
        String path = "/api/v1/assessments/" + candidate.id() + "/findings/"
                + finding.get("id").asString();
        JsonNode planned = officer.api()
                .put(
                        path + "/disposition",
                        mitigation(
                                officer.user().userId().toString(),
                                "2027-01-31",
                                finding.get("version").asLong()))
                .json();
        assertThat(officer.api()
                        .put(chosen, Map.of("candidateId", candidate.id()))
                        .status())
                .as("a planned mitigation does not settle it")
                .isEqualTo(409);
        assertThat(officer.api()
                        .post(
                                path + "/mitigation/done",
                                Map.of(
                                        "note",
                                        "済",
                                        "version",
                                        planned.get("version").asLong()))
                        .status())
                .isEqualTo(200);
        Response choice = executive.api().put(chosen, Map.of("candidateId", candidate.id()));
        assertThat(choice.status()).as(choice.json().toString()).isEqualTo(200);
        assertThat(officer.api().get(chosen).json().get("candidateId").asString())
                .isEqualTo(candidate.id());
        for (String gate : List.of("SELECTION_ADOPTION_DECIDED", "SELECTION_PROVIDER_SELECTED")) {
            JsonNode status = officer.api().get(gates).json();
            assertThat(condition(status, gate, "CANDIDATE_CHOSEN").get("met").asBoolean())
                    .isTrue();
            assertThat(condition(status, gate, "NO_OPEN_BLOCKING_FINDING")
                            .get("met")
                            .asBoolean())
                    .isTrue();
        }
        assertThat(
                        ledger
                                .entries(officer.user().organizationId(), "CANDIDATE", candidate.id(), 0, 100)
                                .entries()
                                .stream()
                                .map(LedgerEntry::action))
                .contains("selection.candidate.chosen");

        // the adoption decision rests on the choice and the findings: a new finding makes it stale; the rest of
        // the work the gate rests on (every item answered, the comparison scored) is done first
        answer(officer, candidate, items.other().get(0), "PARTLY", 0);
        assertThat(officer.api()
                        .get("/api/v1/assessments/" + candidate.id() + "/findings")
                        .json())
                .as("an answer on an item that is not blocking raises no finding")
                .noneMatch(raised ->
                        raised.get("itemId").asString().equals(items.other().get(0)));
        SelectionWork.answerTheRest(officer.api(), String.valueOf(candidate.id()));
        SelectionWork.compareEveryColumn(officer.api(), candidate.initiative(), 3);
        AcceptedReports.forGate(
                instructions,
                executive.user(),
                officer.user(),
                UUID.fromString(candidate.initiative()),
                "SELECTION_ADOPTION_DECIDED");
        Response requested = officer.api()
                .post(
                        "/api/v1/decisions",
                        Map.of(
                                "subjectType",
                                "INITIATIVE",
                                "subjectId",
                                candidate.initiative(),
                                "topic",
                                "SELECTION_ADOPTION_DECIDED",
                                "title",
                                "導入可否",
                                "proposal",
                                "導入する",
                                "options",
                                List.of("導入する", "導入しない")));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        String decision = requested.json().get("id").asString();
        assertThat(executive
                        .api()
                        .post(
                                "/api/v1/decisions/" + decision + "/decision",
                                Map.of("outcome", "APPROVED", "rationale", "導入する"))
                        .status())
                .isEqualTo(200);
        assertThat(officer.api()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .isFalse();
        Response byHand = officer.api()
                .post(
                        "/api/v1/assessments/" + candidate.id() + "/findings",
                        Map.of("itemId", items.other().get(0)));
        assertThat(byHand.status()).isEqualTo(201);
        assertThat(officer.api()
                        .get("/api/v1/decisions/" + decision)
                        .json()
                        .get("stale")
                        .asBoolean())
                .as("a finding raised by hand changes the adoption gate's basis")
                .isTrue();

        // clearing the choice unsets the condition again
        assertThat(officer.api().send(HttpMethod.DELETE, chosen, null).status()).isEqualTo(200);
        assertThat(condition(officer.api().get(gates).json(), "SELECTION_PROVIDER_SELECTED", "CANDIDATE_CHOSEN")
                        .get("met")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aFindingOnAnItemThatNoLongerAppliesNoLongerStopsTheChoice() {
        Client officer = client(Role.RISK_OFFICER);
        Candidate candidate = candidate(officer, "Moving Finding Mail");
        Items domestic = items(officer, candidate);
        moveData(officer, candidate, List.of("JP", "US"), 0);
        String assessment = "/api/v1/assessments/" + candidate.id();
        JsonNode abroad = waitFor(
                officer,
                assessment,
                json -> json.get("total").asInt()
                        > domestic.blocking().size() + domestic.other().size());
        Items moved = items(officer, candidate);
        String overseas = moved.blocking().stream()
                .filter(item -> !domestic.blocking().contains(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no blocking overseas item: " + abroad));
        answer(officer, candidate, overseas, "DOES_NOT_MEET", 0);
        String chosen = "/api/v1/initiatives/" + candidate.initiative() + "/chosen-candidate";
        assertThat(officer.api()
                        .put(chosen, Map.of("candidateId", candidate.id()))
                        .status())
                .isEqualTo(409);

        moveData(officer, candidate, List.of("JP"), 1);
        waitFor(officer, assessment, json -> json.get("history").size() == 1);
        assertThat(onlyFinding(officer, candidate).get("itemId").asString())
                .as("kept with the candidate's findings")
                .isEqualTo(overseas);
        Response choice = officer.api().put(chosen, Map.of("candidateId", candidate.id()));
        assertThat(choice.status()).as(choice.json().toString()).isEqualTo(200);
    }

    private void moveData(Client client, Candidate candidate, List<String> dataLocations, long version) {
        JsonNode read = client.api()
                .get("/api/v1/initiatives/" + candidate.initiative() + "/candidates/" + candidate.id())
                .json();
        String serviceId = read.get("serviceId").asString();
        JsonNode service = client.api().get("/api/v1/services/" + serviceId).json();
        Map<String, Object> revised = new LinkedHashMap<>();
        revised.put("providerId", service.get("providerId").asString());
        revised.put("name", service.get("name").asString());
        revised.put("serviceModel", "SAAS");
        revised.put("dataLocations", dataLocations);
        revised.put("operationLocations", List.of("JP"));
        revised.put("version", version);
        Response response = client.api().put("/api/v1/services/" + serviceId, revised);
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
    }

    private static JsonNode waitFor(Client client, String path, Predicate<JsonNode> done) {
        JsonNode last = null;
        for (int i = 0; i < 100; i++) {
            last = client.api().get(path).json();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("not reached: " + last);
    }

    private static Map<String, Object> mitigation(String owner, String due, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("disposition", "MITIGATE");
        body.put("action", "覚書を結び、契約に明記する");
        body.put("ownerId", owner);
        body.put("dueDate", due);
        body.put("version", version);
        return body;
    }

    private static JsonNode onlyFinding(Client client, Candidate candidate) {
        JsonNode all = client.api()
                .get("/api/v1/assessments/" + candidate.id() + "/findings")
                .json();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static void answer(Client client, Candidate candidate, String itemId, String status, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("answer", "回答 " + status);
        body.put("version", version);
        Response answered = client.api().put("/api/v1/assessments/" + candidate.id() + "/answers/" + itemId, body);
        assertThat(answered.status()).as(answered.json().toString()).isEqualTo(200);
    }

    /** The candidate's applicable items, blocking (weight 5) and not. */
    private Items items(Client client, Candidate candidate) {
        JsonNode assessment =
                client.api().get("/api/v1/assessments/" + candidate.id()).json();
        CatalogRelease release = releases.release(
                client.user().organizationId(), assessment.get("release").asString());
        List<String> blocking = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (JsonNode item : assessment.get("items")) {
            String id = item.get("itemId").asString();
            CheckItem found = release.item(id).orElseThrow();
            (found.weight() >= Findings.BLOCKING_WEIGHT ? blocking : other).add(id);
        }
        assertThat(blocking).isNotEmpty();
        assertThat(other).hasSizeGreaterThan(1);
        return new Items(blocking, other);
    }

    private static String refusedField(Response refused) {
        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(400);
        return refused.errorFields().get(0);
    }

    private static JsonNode condition(JsonNode gates, String gate, String code) {
        JsonNode status =
                find(gates.get("gates"), node -> node.get("gate").asString().equals(gate));
        assertThat(status).as(gate).isNotNull();
        JsonNode condition = find(
                status.get("conditions"), node -> node.get("code").asString().equals(code));
        assertThat(condition).as(gate + " " + code).isNotNull();
        return condition;
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        return null;
    }

    private Candidate candidate(Client client, String name) {
        String initiative =
                initiatives.initiative(client.user().organizationId()).toString();
        String provider = created(client.api()
                .post("/api/v1/providers", Map.of("legalName", name + " K.K.", "headquartersCountry", "JP")));
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", provider);
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("dataLocations", List.of("JP"));
        service.put("operationLocations", List.of("JP"));
        String serviceId = created(client.api().post("/api/v1/services", service));
        String candidate = created(
                client.api().post("/api/v1/initiatives/" + initiative + "/candidates", Map.of("serviceId", serviceId)));
        return new Candidate(candidate, initiative);
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Client client(Role role) {
        return client(fixtures.userInNewOrganization(role));
    }

    private Client sameOrganization(Client other, Role role) {
        return client(fixtures.user(other.user().organizationId(), role));
    }

    private Client client(MekikiUser user) {
        return new Client(user, new BearerClient(url(""), fixtures.token(user)));
    }

    record Client(MekikiUser user, BearerClient api) {}

    record Candidate(String id, String initiative) {}

    record Items(List<String> blocking, List<String> other) {}
}
