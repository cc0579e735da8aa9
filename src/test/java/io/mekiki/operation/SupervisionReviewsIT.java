package io.mekiki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.PageClient;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Yearly supervision reviews through the API: a review opens by itself as its due date comes within 60 days and
 * compiles the year from what was recorded; refusals change nothing; submission freezes the figures and asks for
 * the two continuation gates; the executive's approval and decision end with the initiative's move; the rule
 * for due dates; other organisations 404.
 */
class SupervisionReviewsIT extends ApplicationTest {

    private static final String PATH = "/api/v1/reviews";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    /** Its first contract year ends in 19 days: the review is due in 49 (30 days after). */
    private static final LocalDate START = TODAY.minusYears(1).plusDays(20);

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;

    @Autowired
    SupervisionReviewsIT(IdentityFixtures fixtures, AuditLedger ledger) {
        this.fixtures = fixtures;
        this.ledger = ledger;
    }

    @Test
    void aReviewOpensByItselfAndCompilesTheYearAsRecorded() {
        People people = people("監督レビューSaaS", START);
        String contract = people.contractId();
        Response defined = people.officer()
                .post(
                        "/api/v1/contracts/" + contract + "/metrics",
                        Map.of(
                                "kind",
                                "AVAILABILITY",
                                "code",
                                "avail",
                                "target",
                                99.9,
                                "monthlyFee",
                                200000,
                                "creditTiers",
                                List.of(Map.of("threshold", 99.9, "creditPercent", 10))));
        assertThat(defined.status()).as(defined.json().toString()).isEqualTo(201);
        // two months ago: 20 days at 100 % and one at 95 % → the mean 99.7619 misses 99.9: one breach, 10 % credit
        LocalDate month = TODAY.withDayOfMonth(1).minusMonths(2);
        List<Map<String, Object>> values = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            values.add(Map.of("metric", "AVAIL", "date", month.plusDays(day - 1).toString(), "value", 100));
        }
        values.add(Map.of("metric", "AVAIL", "date", month.plusDays(20).toString(), "value", 95));
        Response measured = people.officer()
                .post("/api/v1/contracts/" + contract + "/measurements", Map.of("measurements", values));
        assertThat(measured.status()).as(measured.json().toString()).isEqualTo(201);
        Response change = people.officer().post("/api/v1/incidents", serviceChange(people, 10));
        assertThat(change.status()).as(change.json().toString()).isEqualTo(201);

        JsonNode list = people.auditor().get(PATH + "?contractId=" + contract).json();
        assertThat(list.get("items")).hasSize(1);
        JsonNode item = list.get("items").get(0);
        JsonNode review = item.get("review");
        assertThat(review.get("year").asInt()).isEqualTo(1);
        assertThat(review.get("status").asString()).isEqualTo("DUE");
        assertThat(review.get("openedEarly").asBoolean()).isFalse();
        assertThat(review.get("periodFrom").asString()).isEqualTo(START.toString());
        assertThat(review.get("periodTo").asString())
                .isEqualTo(START.plusYears(1).minusDays(1).toString());
        assertThat(review.get("dueOn").asString())
                .isEqualTo(START.plusYears(1).minusDays(1).plusDays(30).toString());
        assertThat(item.get("overdue").asBoolean()).isFalse();
        assertThat(people.auditor().get(PATH + "?contractId=" + contract).json().get("items"))
                .as("opened once")
                .hasSize(1);
        String id = review.get("id").asString();

        JsonNode year = people.auditor().get(PATH + "/" + id).json().get("year");
        JsonNode metric = year.get("metrics").get(0);
        assertThat(metric.get("code").asString()).isEqualTo("AVAIL");
        assertThat(metric.get("periodsMissed").asInt()).isEqualTo(1);
        assertThat(metric.get("breaches").asInt()).isEqualTo(1);
        assertThat(metric.get("creditsDue").asLong()).isEqualTo(20_000L);
        assertThat(new BigDecimal(metric.get("worst").asString())).isEqualByComparingTo("99.7619");
        assertThat(year.get("breaches").asInt()).isEqualTo(1);
        assertThat(year.get("creditsDue").asLong()).isEqualTo(20_000L);
        assertThat(year.get("incidents")).hasSize(1);
        assertThat(year.get("serviceChanges")).hasSize(1);
        assertThat(year.get("serviceChanges").get(0).get("type").asString()).isEqualTo("SERVICE_CHANGE");
        assertThat(year.get("findingsRaised").asInt())
                .as("the breach raised a finding")
                .isEqualTo(1);
        assertThat(year.get("findingsOpen").asInt()).isEqualTo(1);
        JsonNode attestations = year.get("attestations");
        assertThat(attestations.get("kinds"))
                .as("the provider has no attestation recorded")
                .isEmpty();
        assertThat(attestations.get("monthsInYear").asInt())
                .isEqualTo(java.time.temporal.ChronoUnit.MONTHS.between(
                                java.time.YearMonth.from(START),
                                java.time.YearMonth.from(START.plusYears(1).minusDays(1)))
                        + 1);

        assertThat(ledger.entries(people.organizationId(), "SUPERVISION_REVIEW", id, 0, 10)
                        .entries())
                .extracting(LedgerEntry::action, LedgerEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("operation.review.opened", "system"));
    }

    @Test
    void refusalsNameTheirFieldAndChangeNothing() {
        People people = people("監督レビュー拒否SaaS", START);
        String id = reviewOf(people);
        Map<String, Object> good = assessment("CONTINUE");

        assertThat(people.auditor().put(PATH + "/" + id + "/assessment", good).status())
                .isEqualTo(403);
        assertThat(people.executive().put(PATH + "/" + id + "/assessment", good).status())
                .isEqualTo(403);
        assertThat(field(people.officer().put(PATH + "/" + id + "/assessment", with(good, "narrative", " "))))
                .isEqualTo("narrative");
        assertThat(field(people.officer()
                        .put(PATH + "/" + id + "/assessment", with(good, "conclusion", "x".repeat(1001)))))
                .isEqualTo("conclusion");
        assertThat(field(people.officer()
                        .put(PATH + "/" + id + "/assessment", with(good, "recommendedOutcome", "MAYBE"))))
                .isEqualTo("recommendedOutcome");
        Response early = people.officer().post(PATH + "/" + id + "/submit", Map.of());
        assertThat(early.status()).as("no assessment yet").isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("review.error.assessmentMissing");
        Response undecidable = people.executive()
                .post(PATH + "/" + id + "/decision", Map.of("outcome", "CONTINUE", "rationale", "Fine"));
        assertThat(undecidable.status()).isEqualTo(409);
        assertThat(people.officer()
                        .post(PATH, Map.of("contractId", people.contractId()))
                        .status())
                .as("the year has its review")
                .isEqualTo(409);
        assertThat(people.auditor()
                        .get(PATH + "/" + id)
                        .json()
                        .get("review")
                        .get("status")
                        .asString())
                .isEqualTo("DUE");

        People strangers = people("他社の監督レビューSaaS", START);
        assertThat(strangers.officer().get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(strangers
                        .officer()
                        .put(PATH + "/" + id + "/assessment", good)
                        .status())
                .isEqualTo(404);
        assertThat(strangers
                        .officer()
                        .post(PATH, Map.of("contractId", people.contractId()))
                        .status())
                .isEqualTo(404);
        assertThat(strangers
                        .officer()
                        .get(PATH + "?contractId=" + people.contractId())
                        .json()
                        .get("items"))
                .isEmpty();

        Response stale = people.officer().put(PATH + "/" + id + "/assessment", with(good, "version", 99));
        assertThat(stale.status()).as("changed since read").isEqualTo(409);
        Response saved = people.officer().put(PATH + "/" + id + "/assessment", good);
        assertThat(saved.status()).as(saved.json().toString()).isEqualTo(200);
        assertThat(saved.json().get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aReviewNotYetComingDueCanBeOpenedEarly() {
        LocalDate start = TODAY.minusMonths(6);
        People people = people("前倒しレビューSaaS", start);
        assertThat(people.auditor()
                        .get(PATH + "?contractId=" + people.contractId())
                        .json()
                        .get("items"))
                .as("due in more than 60 days")
                .isEmpty();
        assertThat(people.owner()
                        .post(PATH, Map.of("contractId", people.contractId()))
                        .status())
                .isEqualTo(403);
        assertThat(field(people.officer().post(PATH, Map.of()))).isEqualTo("contractId");
        Response opened = people.officer().post(PATH, Map.of("contractId", people.contractId()));
        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        assertThat(opened.json().get("openedEarly").asBoolean()).isTrue();
        assertThat(opened.json().get("dueOn").asString())
                .isEqualTo(start.plusYears(1).minusDays(1).plusDays(30).toString());
    }

    @Test
    void theRuleForDueDatesIsSetByAdministratorsAndRiskOfficers() {
        People people = people("期限ルールSaaS", TODAY.minusMonths(3));
        assertThat(people.auditor().get(PATH + "/rule").json().get("rule").asString())
                .isEqualTo("AFTER_YEAR_END");
        assertThat(people.auditor().get(PATH + "/rule").json().get("daysAfter").asInt())
                .isEqualTo(30);
        Map<String, Object> fixed = Map.of("rule", "FIXED_DATE", "fixedDay", "06-30");
        assertThat(people.owner().put(PATH + "/rule", fixed).status()).isEqualTo(403);
        assertThat(people.executive().put(PATH + "/rule", fixed).status()).isEqualTo(403);
        assertThat(field(people.officer().put(PATH + "/rule", Map.of("rule", "FIXED_DATE", "fixedDay", "02-30"))))
                .isEqualTo("fixedDay");
        assertThat(field(people.officer().put(PATH + "/rule", Map.of("rule", "SOMETIME"))))
                .isEqualTo("rule");
        assertThat(field(people.officer().put(PATH + "/rule", Map.of("rule", "AFTER_YEAR_END", "daysAfter", 366))))
                .isEqualTo("daysAfter");
        Response set = people.admin().put(PATH + "/rule", Map.of("rule", "FIXED_DATE", "fixedDay", "02-29"));
        assertThat(set.status()).as(set.json().toString()).isEqualTo(200);
        Response opened = people.officer().post(PATH, Map.of("contractId", people.contractId()));
        LocalDate yearEnd = TODAY.minusMonths(3).plusYears(1).minusDays(1);
        LocalDate expected = java.time.MonthDay.of(2, 29).atYear(yearEnd.getYear());
        if (!expected.isAfter(yearEnd)) {
            expected = java.time.MonthDay.of(2, 29).atYear(yearEnd.getYear() + 1);
        }
        assertThat(opened.json().get("dueOn").asString()).isEqualTo(expected.toString());
        assertThat(expected.getMonthValue()).isEqualTo(2);
        assertThat(expected.getDayOfMonth()).isEqualTo(expected.isLeapYear() ? 29 : 28);
    }

    @Test
    void submittedFiguresAreFrozenAndTheExecutiveContinuesWithConditions() {
        People people = people("継続判断SaaS", START);
        String id = reviewOf(people);
        assertThat(people.officer()
                        .post("/api/v1/incidents", serviceChange(people, 5))
                        .status())
                .isEqualTo(201);
        assertThat(people.officer()
                        .put(PATH + "/" + id + "/assessment", assessment("CONTINUE_WITH_CONDITIONS"))
                        .status())
                .isEqualTo(200);
        Response submitted = people.officer().post(PATH + "/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.json().toString()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        String approval = submitted.json().get("approvalDecisionId").asString();
        String continuation = submitted.json().get("continuationDecisionId").asString();
        JsonNode asked = people.executive().get("/api/v1/decisions/" + approval).json();
        assertThat(asked.get("topic").asString()).isEqualTo("CONTINUATION_SUPERVISION_APPROVED");
        assertThat(asked.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(people.executive()
                        .get("/api/v1/decisions/" + continuation)
                        .json()
                        .get("topic")
                        .asString())
                .isEqualTo("CONTINUATION_DECIDED");
        assertThat(people.officer()
                        .put(PATH + "/" + id + "/assessment", assessment("END"))
                        .status())
                .as("submitted: read-only")
                .isEqualTo(409);

        // an incident recorded after submission is not in the frozen year
        assertThat(people.officer()
                        .post("/api/v1/incidents", serviceChange(people, 1))
                        .status())
                .isEqualTo(201);
        assertThat(people.auditor().get(PATH + "/" + id).json().get("year").get("incidents"))
                .hasSize(1);

        Response tooEarly = people.executive()
                .post(
                        PATH + "/" + id + "/decision",
                        Map.of("outcome", "CONTINUE", "rationale", "Fine", "conditions", List.of()));
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("review.error.notApprovedYet");
        Response approved = people.executive()
                .post(
                        "/api/v1/decisions/" + approval + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "Supervised as it should be"));
        assertThat(approved.status()).as(approved.json().toString()).isEqualTo(200);
        assertThat(people.auditor()
                        .get(PATH + "/" + id)
                        .json()
                        .get("review")
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");

        assertThat(field(people.executive()
                        .post(
                                PATH + "/" + id + "/decision",
                                Map.of("outcome", "CONTINUE_WITH_CONDITIONS", "rationale", "Fine"))))
                .isEqualTo("conditions");
        assertThat(field(people.executive()
                        .post(PATH + "/" + id + "/decision", Map.of("outcome", "LATER", "rationale", "Fine"))))
                .isEqualTo("outcome");
        assertThat(people.officer()
                        .post(PATH + "/" + id + "/decision", Map.of("outcome", "CONTINUE", "rationale", "Fine"))
                        .status())
                .isEqualTo(403);
        Response decided = people.executive()
                .post(
                        PATH + "/" + id + "/decision",
                        Map.of(
                                "outcome",
                                "CONTINUE_WITH_CONDITIONS",
                                "rationale",
                                "Provider changes need watching",
                                "conditions",
                                List.of("Quarterly review of provider changes")));
        assertThat(decided.status()).as(decided.json().toString()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.json().get("outcome").asString()).isEqualTo("CONTINUE_WITH_CONDITIONS");
        JsonNode decision =
                people.executive().get("/api/v1/decisions/" + continuation).json();
        assertThat(decision.get("outcome").asString()).isEqualTo("APPROVED_WITH_CONDITIONS");
        assertThat(decision.get("conditions").get(0).get("text").asString())
                .isEqualTo("Quarterly review of provider changes");
        JsonNode initiative = people.officer()
                .get("/api/v1/initiatives/" + people.initiativeId())
                .json();
        assertThat(initiative.get("phase").asString())
                .as("another year of operation")
                .isEqualTo("OPERATION");
        assertThat(initiative.get("year").asInt()).isEqualTo(2);
        assertThat(people.executive()
                        .post(PATH + "/" + id + "/decision", Map.of("outcome", "CONTINUE", "rationale", "Again"))
                        .status())
                .isEqualTo(409);

        assertThat(ledger.entries(people.organizationId(), "SUPERVISION_REVIEW", id, 0, 20)
                        .entries())
                .extracting(LedgerEntry::action)
                .containsExactly(
                        "operation.review.continuationDecided",
                        "operation.review.approved",
                        "operation.review.submitted",
                        "operation.review.assessed",
                        "operation.review.opened");
    }

    @Test
    void aContinuationDecidedOnTheDecisionPagesEndsTheUseAsRecommended() {
        People people = people("終了判断SaaS", START);
        String id = reviewOf(people);
        assertThat(people.officer()
                        .put(PATH + "/" + id + "/assessment", assessment("END"))
                        .status())
                .isEqualTo(200);
        JsonNode submitted =
                people.officer().post(PATH + "/" + id + "/submit", Map.of()).json();
        String approval = submitted.get("approvalDecisionId").asString();
        String continuation = submitted.get("continuationDecisionId").asString();
        Response before = people.executive()
                .post(
                        "/api/v1/decisions/" + continuation + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "End it"));
        assertThat(before.status()).as("not before the supervision is approved").isEqualTo(409);
        assertThat(people.executive()
                        .get("/api/v1/decisions/" + continuation)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REQUESTED");
        assertThat(people.executive()
                        .post(
                                "/api/v1/decisions/" + approval + "/decision",
                                Map.of("outcome", "APPROVED", "rationale", "Supervised"))
                        .status())
                .isEqualTo(200);
        Response ended = people.executive()
                .post(
                        "/api/v1/decisions/" + continuation + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "End it"));
        assertThat(ended.status()).as(ended.json().toString()).isEqualTo(200);
        JsonNode review = people.auditor().get(PATH + "/" + id).json().get("review");
        assertThat(review.get("status").asString()).isEqualTo("DECIDED");
        assertThat(review.get("outcome").asString()).isEqualTo("END");
        JsonNode initiative = people.officer()
                .get("/api/v1/initiatives/" + people.initiativeId())
                .json();
        assertThat(initiative.get("phase").asString()).isEqualTo("CONTINUATION_TERMINATION");
        assertThat(initiative.get("branch").asString()).isEqualTo("TERMINATE");
        List<LedgerEntry> told = ledger.entries(people.organizationId(), "SUPERVISION_REVIEW", id, 0, 1)
                .entries();
        assertThat(told.get(0).action()).isEqualTo("operation.review.continuationDecided");
        assertThat(told.get(0).change()).contains("\"outcome\":\"END\"");
    }

    /**
     * Issue 13 (ADR 046): after a continuation, the provider's notice in the new contract year is recorded on the
     * contract with the exit; the continuation decision then rests on the notice (no new review needed),
     * continuing is refused, and the executive's approval takes the initiative along TERMINATE.
     */
    @Test
    void aProviderNoticeAfterAContinuationEndsTheUseOnTheNotice() {
        People people = people("解約通知SaaS", START);
        String id = reviewOf(people);
        assertThat(people.officer()
                        .put(PATH + "/" + id + "/assessment", assessment("CONTINUE"))
                        .status())
                .isEqualTo(200);
        JsonNode submitted =
                people.officer().post(PATH + "/" + id + "/submit", Map.of()).json();
        assertThat(people.executive()
                        .post(
                                "/api/v1/decisions/"
                                        + submitted.get("approvalDecisionId").asString() + "/decision",
                                Map.of("outcome", "APPROVED", "rationale", "Supervised"))
                        .status())
                .isEqualTo(200);
        Response continued = people.executive()
                .post(PATH + "/" + id + "/decision", Map.of("outcome", "CONTINUE", "rationale", "Keep it"));
        assertThat(continued.status()).as(continued.json().toString()).isEqualTo(200);
        assertThat(people.officer()
                        .get("/api/v1/initiatives/" + people.initiativeId())
                        .json()
                        .get("phase")
                        .asString())
                .isEqualTo("OPERATION");

        // without a notice the decided review leaves the continuation decision waiting for next year's review
        Response tooEarly = people.officer().post("/api/v1/decisions", endRequest(people, "CONTINUATION_DECIDED"));
        assertThat(tooEarly.status()).as(tooEarly.json().toString()).isEqualTo(409);
        assertThat(unmetCodes(tooEarly)).containsExactly("SUPERVISION_REVIEW_SUBMITTED");
        assertThat(people.officer()
                        .get("/api/v1/contracts/" + people.contractId())
                        .json()
                        .get("terminationNotice")
                        .isNull())
                .isTrue();

        // refused notices change nothing
        String received = TODAY.minusDays(2).toString();
        String effective = TODAY.plusMonths(3).toString();
        Response backwards = people.officer()
                .post(
                        "/api/v1/exits",
                        Map.of(
                                "initiativeId", people.initiativeId().toString(),
                                "noticeReceivedOn", received,
                                "noticeEffectiveOn", TODAY.minusDays(3).toString()));
        assertThat(field(backwards)).isEqualTo("noticeEffectiveOn");
        assertThat(people.executive()
                        .post(
                                "/api/v1/exits",
                                Map.of(
                                        "initiativeId", people.initiativeId().toString(),
                                        "noticeReceivedOn", received,
                                        "noticeEffectiveOn", effective))
                        .status())
                .isEqualTo(403);
        assertThat(people.officer()
                        .get("/api/v1/contracts/" + people.contractId())
                        .json()
                        .get("terminationNotice")
                        .isNull())
                .isTrue();

        Response started = people.officer()
                .post(
                        "/api/v1/exits",
                        Map.of(
                                "initiativeId", people.initiativeId().toString(),
                                "noticeReceivedOn", received,
                                "noticeEffectiveOn", effective));
        assertThat(started.status()).as(started.json().toString()).isEqualTo(201);
        JsonNode notice = people.auditor()
                .get("/api/v1/contracts/" + people.contractId())
                .json()
                .get("terminationNotice");
        assertThat(notice.get("receivedOn").asString()).isEqualTo(received);
        assertThat(notice.get("effectiveOn").asString()).isEqualTo(effective);
        List<LedgerEntry> contractEntries = ledger.entries(
                        people.organizationId(), "CONTRACT", people.contractId(), 0, 1)
                .entries();
        assertThat(contractEntries.get(0).action()).isEqualTo("contract.terminationNotice.recorded");
        assertThat(contractEntries.get(0).change()).contains(received).contains(effective);

        // continuing needs a new contract: the supervision gate cannot be asked for
        Response continuing =
                people.officer().post("/api/v1/decisions", endRequest(people, "CONTINUATION_SUPERVISION_APPROVED"));
        assertThat(continuing.status()).as(continuing.json().toString()).isEqualTo(409);
        assertThat(unmetCodes(continuing)).containsExactly("CONTINUATION_NEEDS_NEW_CONTRACT");

        // the continuation decision rests on the notice; its approval ends the use
        Response requested = people.officer().post("/api/v1/decisions", endRequest(people, "CONTINUATION_DECIDED"));
        assertThat(requested.status()).as(requested.json().toString()).isEqualTo(201);
        Response ended = people.executive()
                .post(
                        "/api/v1/decisions/" + requested.json().get("id").asString() + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "The provider ends the service"));
        assertThat(ended.status()).as(ended.json().toString()).isEqualTo(200);
        JsonNode initiative = people.officer()
                .get("/api/v1/initiatives/" + people.initiativeId())
                .json();
        assertThat(initiative.get("phase").asString()).isEqualTo("CONTINUATION_TERMINATION");
        assertThat(initiative.get("branch").asString()).isEqualTo("TERMINATE");
        JsonNode exit = people.officer()
                .get("/api/v1/exits/" + started.json().get("id").asString())
                .json();
        assertThat(exit.get("origin").asString()).isEqualTo("PROVIDER_NOTICE");
    }

    @Test
    void theContinuationGatesShowTheSubmittedReviewAndTheNoticeAtTheNextRead() {
        People people = people("条件の読み直しSaaS", START);
        String id = reviewOf(people);
        String gates = "/api/v1/initiatives/" + people.initiativeId() + "/gates?lang=en";

        // read twice: the second read is answered from what was kept for the organisation's ledger head and day
        for (int read = 0; read < 2; read++) {
            JsonNode open = people.auditor().get(gates).json();
            assertThat(condition(open, "CONTINUATION_SUPERVISION_APPROVED", "SUPERVISION_REVIEW_SUBMITTED")
                            .get("met")
                            .asBoolean())
                    .isFalse();
            assertThat(condition(open, "CONTINUATION_DECIDED", "PROVIDER_TERMINATION_NOTICE"))
                    .isNull();
        }

        people.officer().put(PATH + "/" + id + "/assessment", assessment("CONTINUE"));
        Response submitted = people.officer().post(PATH + "/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.json().toString()).isEqualTo(200);
        assertThat(condition(
                                people.auditor().get(gates).json(),
                                "CONTINUATION_SUPERVISION_APPROVED",
                                "SUPERVISION_REVIEW_SUBMITTED")
                        .get("met")
                        .asBoolean())
                .as("the review submitted")
                .isTrue();

        Response notice = noticeReceivedYesterday(people, TODAY.plusMonths(3));
        assertThat(notice.status()).as(notice.json().toString()).isEqualTo(201);
        assertThat(condition(people.auditor().get(gates).json(), "CONTINUATION_DECIDED", "PROVIDER_TERMINATION_NOTICE")
                        .get("met")
                        .asBoolean())
                .as("the provider's notice recorded on the contract")
                .isTrue();
    }

    /** The risk officer records the provider's termination notice, received yesterday (an exit starts on it). */
    private static Response noticeReceivedYesterday(People people, LocalDate effective) {
        return people.officer()
                .post(
                        "/api/v1/exits",
                        Map.of(
                                "initiativeId", people.initiativeId().toString(),
                                "noticeReceivedOn", TODAY.minusDays(1).toString(),
                                "noticeEffectiveOn", effective.toString()));
    }

    /** The gate's condition of that code in a gates report; null when the gate has no such condition. */
    private static JsonNode condition(JsonNode report, String gate, String code) {
        for (JsonNode status : report.get("gates")) {
            if (status.get("gate").asString().equals(gate)) {
                for (JsonNode condition : status.get("conditions")) {
                    if (condition.get("code").asString().equals(code)) {
                        return condition;
                    }
                }
                return null;
            }
        }
        throw new AssertionError("no gate " + gate + " in " + report);
    }

    @Test
    void aNoticeWhileTheReviewAwaitsItsDecisionLeavesOnlyTheEndOnThePageAndInTheApi() {
        People people = people("通知後の判断SaaS", START);
        String id = reviewOf(people);
        people.officer().put(PATH + "/" + id + "/assessment", assessment("CONTINUE"));
        JsonNode submitted =
                people.officer().post(PATH + "/" + id + "/submit", Map.of()).json();
        people.executive()
                .post(
                        "/api/v1/decisions/"
                                + submitted.get("approvalDecisionId").asString() + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "Supervised"));
        PageClient executivePage = new PageClient(port).signedInAs(people.executiveEmail(), IdentityFixtures.PASSWORD);
        Document before = Jsoup.parse(executivePage.get("/reviews/" + id).body());
        assertThat(before.select("#decision-form input[name=outcome]").eachAttr("value"))
                .contains("CONTINUE", "CONTINUE_WITH_CONDITIONS", "END");
        assertThat(before.select("#decision-notice-only-end")).isEmpty();

        Response started = noticeReceivedYesterday(people, TODAY.plusMonths(2));
        assertThat(started.status()).as(started.json().toString()).isEqualTo(201);

        Document after = Jsoup.parse(executivePage.get("/reviews/" + id).body());
        assertThat(after.select("#decision-form input[name=outcome]").eachAttr("value"))
                .containsExactly("END");
        assertThat(after.select("#decision-notice-only-end").text()).contains("解約通知");
        Response continuing = people.executive()
                .post(PATH + "/" + id + "/decision", Map.of("outcome", "CONTINUE", "rationale", "Keep it"));
        assertThat(field(continuing)).isEqualTo("outcome");
        assertThat(continuing.json().get("errors").get(0).get("message").asString())
                .contains("解約通知");
    }

    private static Map<String, Object> endRequest(People people, String topic) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subjectType", "INITIATIVE");
        request.put("subjectId", people.initiativeId().toString());
        request.put("topic", topic);
        request.put("title", "解約通知を受けての判断");
        request.put("proposal", "事業者の解約通知に基づき利用を終了する");
        request.put("options", List.of("終了する"));
        return request;
    }

    private static List<String> unmetCodes(Response refused) {
        List<String> codes = new ArrayList<>();
        refused.json()
                .get("unmetConditions")
                .forEach(named -> codes.add(named.get("code").asString()));
        return codes;
    }

    private String reviewOf(People people) {
        JsonNode items = people.officer()
                .get(PATH + "?contractId=" + people.contractId())
                .json()
                .get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("review").get("id").asString();
    }

    private static Map<String, Object> assessment(String recommended) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("narrative", "SLAは概ね達成。事業者による仕様変更が1件。");
        body.put("conclusion", "監督は十分に行われた");
        body.put("recommendedOutcome", recommended);
        return body;
    }

    private static Map<String, Object> serviceChange(People people, int daysAgo) {
        Instant started = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("initiativeId", people.initiativeId());
        body.put("contractId", people.contractId());
        body.put("type", "SERVICE_CHANGE");
        body.put("severity", "LOW");
        body.put("title", "管理画面の仕様変更の通知");
        body.put("startedAt", started.toString());
        body.put("awareAt", started.toString());
        body.put("impact", "操作手順の変更");
        body.put("affectedAssetIds", List.of());
        body.put("facts", List.of());
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }

    private People people(String title, LocalDate startsOn) {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        MekikiUser admin = fixtures.user(organization, Role.ADMIN);
        ContractWork.Team team = new ContractWork.Team(
                new BearerClient(url(""), fixtures.token(officer)),
                new BearerClient(url(""), fixtures.token(executive)),
                officer.userId(),
                owner.userId());
        ContractWork.InApplication applying = ContractWork.inApplication(team, title);
        Map<String, Object> record = new LinkedHashMap<>(ContractWork.record());
        record.put("startsOn", startsOn.toString());
        String contractId = ContractWork.contract(team.officer(), applying.initiativeId(), record);
        ContractWork.approveApplication(team, applying.initiativeId());
        ContractWork.move(team, applying.initiativeId(), "OPERATION");
        return new People(
                organization,
                team,
                new BearerClient(url(""), fixtures.token(owner)),
                new BearerClient(url(""), fixtures.token(auditor)),
                new BearerClient(url(""), fixtures.token(admin)),
                applying.initiativeId(),
                contractId,
                executive.email());
    }

    private record People(
            UUID organizationId,
            ContractWork.Team team,
            BearerClient owner,
            BearerClient auditor,
            BearerClient admin,
            String initiativeId,
            String contractId,
            String executiveEmail) {

        BearerClient officer() {
            return team.officer();
        }

        BearerClient executive() {
            return team.executive();
        }
    }
}
