package io.mekiki.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException.Kind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionCaseTests {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID REQUESTER = UUID.randomUUID();
    private static final UUID EXECUTIVE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final FrozenBasis BASIS = FrozenBasis.of(new Basis(Map.of("items", List.of("PD-01"))));

    @Test
    void aRequestWaitsForADecisionWithItsBasisFrozen() {
        Decision requested = requested().view();

        assertThat(requested.status()).isEqualTo(DecisionStatus.REQUESTED);
        assertThat(requested.outcome()).isNull();
        assertThat(requested.options()).containsExactly("Adopt", "Do not adopt");
        assertThat(requested.evidence()).containsExactly(new EvidenceLink("REPORT", "/reports/1", "Survey report"));
        assertThat(requested.basisJson()).isEqualTo("{\"items\":[\"PD-01\"]}");
        assertThat(requested.basisHash()).isEqualTo(BASIS.hash());
        assertThat(requested.approved()).isFalse();
    }

    @Test
    void aRequestNeedsATitleAProposalAndAtLeastOneOption() {
        assertRefused(
                () -> request("  ", "Proposal", List.of("Adopt")),
                Kind.UNPROCESSABLE,
                "title",
                "decision.error.required");
        assertRefused(
                () -> request("Title", "", List.of("Adopt")),
                Kind.UNPROCESSABLE,
                "proposal",
                "decision.error.required");
        assertRefused(
                () -> request("Title", "Proposal", Arrays.asList(" ", null)),
                Kind.UNPROCESSABLE,
                "options",
                "decision.error.optionsRequired");
        assertRefused(
                () -> request("x".repeat(201), "Proposal", List.of("Adopt")),
                Kind.UNPROCESSABLE,
                "title",
                "decision.error.tooLong");
    }

    @Test
    void evidenceNeedsAKindCodeAndAnAddressWithoutSpaces() {
        NewDecision lowerCaseKind = new NewDecision(
                new Subject("INITIATIVE", UUID.randomUUID()),
                "GATE",
                "Title",
                "Proposal",
                List.of("Adopt"),
                List.of(new EvidenceLink("report", "/reports/1", "Report")),
                new Basis(Map.of()));
        assertRefused(
                () -> DecisionCase.request(ORGANIZATION, REQUESTER, "Requester", lowerCaseKind, BASIS, NOW),
                Kind.UNPROCESSABLE,
                "evidence",
                "decision.error.evidenceKind");
    }

    @Test
    void anExecutiveWhoIsNotTheRequesterDecidesOnceWithARationale() {
        DecisionCase decision = requested();

        decision.decide(EXECUTIVE, "Executive", DecisionOutcome.APPROVED, " Fits our plan ", List.of(), null, NOW);

        Decision decided = decision.view();
        assertThat(decided.status()).isEqualTo(DecisionStatus.DECIDED);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decided.rationale()).isEqualTo("Fits our plan");
        assertThat(decided.decidedBy()).isEqualTo(EXECUTIVE);
        assertThat(decided.decidedByName()).isEqualTo("Executive");
        assertThat(decided.decidedAt()).isEqualTo(NOW);
        assertThat(decided.approved()).isTrue();
    }

    @Test
    void theRequesterCannotDecideTheirOwnRequest() {
        DecisionCase decision = requested();

        assertRefused(
                () -> decision.decide(REQUESTER, "Requester", DecisionOutcome.APPROVED, "Mine", List.of(), null, NOW),
                Kind.FORBIDDEN,
                null,
                "decision.error.ownRequest");
        assertThat(decision.view().status()).isEqualTo(DecisionStatus.REQUESTED);
    }

    @Test
    void aDecisionIsMadeOnlyOnce() {
        DecisionCase decision = requested();
        decision.decide(EXECUTIVE, "Executive", DecisionOutcome.REJECTED, "Too risky", List.of(), null, NOW);

        assertRefused(
                () -> decision.decide(
                        UUID.randomUUID(), "Other", DecisionOutcome.APPROVED, "Changed my mind", List.of(), null, NOW),
                Kind.CONFLICT,
                null,
                "decision.error.alreadyDecided");
        assertThat(decision.view().outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(decision.view().rationale()).isEqualTo("Too risky");
    }

    @Test
    void theRationaleIsRequired() {
        DecisionCase decision = requested();

        for (String missing : Arrays.asList(null, "", " \n ")) {
            assertRefused(
                    () -> decision.decide(
                            EXECUTIVE, "Executive", DecisionOutcome.RETURNED, missing, List.of(), null, NOW),
                    Kind.UNPROCESSABLE,
                    "rationale",
                    "decision.error.rationaleRequired");
        }
        assertRefused(
                () -> decision.decide(EXECUTIVE, "Executive", null, "Why", List.of(), null, NOW),
                Kind.UNPROCESSABLE,
                "outcome",
                "decision.error.outcomeRequired");
        assertThat(decision.view().status()).isEqualTo(DecisionStatus.REQUESTED);
    }

    @Test
    void anApprovalWithConditionsNeedsConditionsWhichBecomeOpenFollowUps() {
        DecisionCase decision = requested();
        assertRefused(
                () -> decision.decide(
                        EXECUTIVE,
                        "Executive",
                        DecisionOutcome.APPROVED_WITH_CONDITIONS,
                        "Yes, but",
                        List.of(" ", ""),
                        null,
                        NOW),
                Kind.UNPROCESSABLE,
                "conditions",
                "decision.error.conditionsRequired");
        assertRefused(
                () -> decision.decide(
                        EXECUTIVE,
                        "Executive",
                        DecisionOutcome.APPROVED,
                        "Yes",
                        List.of("Review in a year"),
                        null,
                        NOW),
                Kind.UNPROCESSABLE,
                "conditions",
                "decision.error.conditionsOnlyWithConditions");
        assertThat(decision.view().status()).isEqualTo(DecisionStatus.REQUESTED);

        decision.decide(
                EXECUTIVE,
                "Executive",
                DecisionOutcome.APPROVED_WITH_CONDITIONS,
                "Yes, but",
                List.of("Encrypt the backups", "", "Review in a year"),
                null,
                NOW);

        assertThat(decision.view().conditions())
                .extracting(Decision.Condition::text, Decision.Condition::done)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Encrypt the backups", false),
                        org.assertj.core.groups.Tuple.tuple("Review in a year", false));
        assertThat(decision.view().approved()).isTrue();
    }

    @Test
    void aConditionIsMarkedDoneOnce() {
        DecisionCase decision = requested();
        decision.decide(
                EXECUTIVE,
                "Executive",
                DecisionOutcome.APPROVED_WITH_CONDITIONS,
                "Yes, but",
                List.of("Encrypt the backups"),
                null,
                NOW);
        UUID condition = decision.view().conditions().get(0).id();

        decision.conditionDone(condition, REQUESTER, "Requester", NOW.plusSeconds(60));

        Decision.Condition done = decision.view().conditions().get(0);
        assertThat(done.done()).isTrue();
        assertThat(done.doneByName()).isEqualTo("Requester");
        assertThat(done.doneAt()).isEqualTo(NOW.plusSeconds(60));
        assertRefused(
                () -> decision.conditionDone(condition, EXECUTIVE, "Executive", NOW),
                Kind.CONFLICT,
                null,
                "decision.error.conditionAlreadyDone");
        assertThatThrownBy(() -> decision.conditionDone(UUID.randomUUID(), EXECUTIVE, "Executive", NOW))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOpenRequestCanBeRewordedButNothingOfADecidedOneCanBeChanged() {
        DecisionCase decision = requested();
        RequestRevision revision =
                new RequestRevision("Adopt the CRM service", "Proposal", List.of("Adopt", "Do not adopt"), List.of());

        Map<String, Object> changes = decision.revise(revision, BASIS);

        assertThat(changes).containsOnlyKeys("title", "proposal", "evidence");
        assertThat(decision.view().title()).isEqualTo("Adopt the CRM service");

        decision.decide(EXECUTIVE, "Executive", DecisionOutcome.APPROVED, "Yes", List.of(), null, NOW);
        assertRefused(
                () -> decision.revise(new RequestRevision("Changed", "Changed", List.of("Other"), List.of()), BASIS),
                Kind.CONFLICT,
                null,
                "decision.error.decidedCannotChange");
        assertThat(decision.view().title()).isEqualTo("Adopt the CRM service");
        assertThat(decision.view().options()).containsExactly("Adopt", "Do not adopt");
    }

    @Test
    void theBasisIsFrozenAgainWhenTheDecisionIsMadeWithTheCurrentOne() {
        DecisionCase decision = requested();
        FrozenBasis current = FrozenBasis.of(new Basis(Map.of("items", List.of("PD-01", "TS-02"))));

        decision.decide(EXECUTIVE, "Executive", DecisionOutcome.APPROVED, "Yes", List.of(), current, NOW);

        assertThat(decision.view().basisJson()).isEqualTo(current.json());
        assertThat(decision.view().basisHash()).isEqualTo(current.hash());
    }

    @Test
    void onlyAnApprovalBecomesStaleAndOnlyOnceWhenItsBasisDiffers() {
        DecisionCase approved = requested();
        approved.decide(EXECUTIVE, "Executive", DecisionOutcome.APPROVED, "Yes", List.of(), null, NOW);
        DecisionCase rejected = requested();
        rejected.decide(EXECUTIVE, "Executive", DecisionOutcome.REJECTED, "No", List.of(), null, NOW);
        Instant later = NOW.plusSeconds(3600);

        assertThat(approved.becomeStaleUnlessBasedOn(BASIS.hash(), later)).isFalse();
        assertThat(requested().becomeStaleUnlessBasedOn("0".repeat(64), later)).isFalse();
        assertThat(rejected.becomeStaleUnlessBasedOn("0".repeat(64), later)).isFalse();
        assertThat(approved.view().stale()).isFalse();

        assertThat(approved.becomeStaleUnlessBasedOn("0".repeat(64), later)).isTrue();
        assertThat(approved.becomeStaleUnlessBasedOn("1".repeat(64), later.plusSeconds(60)))
                .isFalse();
        assertThat(approved.view().stale()).isTrue();
        assertThat(approved.view().staleSince()).isEqualTo(later);
    }

    private static DecisionCase requested() {
        return request("Adopt the service", "We propose to adopt it.", List.of("Adopt", "Do not adopt"));
    }

    private static DecisionCase request(String title, String proposal, List<String> options) {
        NewDecision request = new NewDecision(
                new Subject("INITIATIVE", UUID.randomUUID()),
                "SELECTION_ADOPTION",
                title,
                proposal,
                options,
                List.of(new EvidenceLink("REPORT", "/reports/1", "Survey report")),
                new Basis(Map.of("items", List.of("PD-01"))));
        return DecisionCase.request(ORGANIZATION, REQUESTER, "Requester", request, BASIS, NOW);
    }

    private static void assertRefused(Runnable action, Kind kind, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DecisionRuleViolation.class, violation -> {
            assertThat(violation.kind()).isEqualTo(kind);
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.messageCode()).isEqualTo(code);
        });
    }
}
