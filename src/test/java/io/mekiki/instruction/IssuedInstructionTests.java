package io.mekiki.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class IssuedInstructionTests {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID EXECUTIVE = UUID.randomUUID();
    private static final UUID OTHER_EXECUTIVE = UUID.randomUUID();
    private static final UUID OFFICER = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void anIssuedInstructionIsOpenAndCleaned() {
        IssuedInstruction.Issue issue = IssuedInstruction.issue(
                ORGANIZATION,
                EXECUTIVE,
                request(
                        " 資産の調査 ",
                        TODAY,
                        " preparation_survey_reviewed ",
                        List.of("lc-prep-asset-01", "LC-PREP-ASSET-01", " ")),
                TODAY,
                NOW);

        assertThat(issue.title()).isEqualTo("資産の調査");
        assertThat(issue.gateTopic()).isEqualTo("PREPARATION_SURVEY_REVIEWED");
        assertThat(issue.checkItemIds()).containsExactly("LC-PREP-ASSET-01");
        assertThat(issue.subjectType()).isEqualTo("INITIATIVE");
        assertThat(issue.opened().status()).isEqualTo(InstructionStatus.OPEN);
        assertThat(issue.facts()).containsEntry("dueDate", "2026-12-01").containsEntry("assignee", OFFICER.toString());
    }

    @Test
    void issuingRefusesWhatCannotBeWorkedOn() {
        assertRefused(() -> issue(request("  ", TODAY, null, List.of())), "title", "instruction.error.titleRequired");
        assertRefused(
                () -> issue(request("x".repeat(201), TODAY, null, List.of())),
                "title",
                "instruction.error.titleTooLong");
        assertRefused(
                () -> issue(request("調査", TODAY.minusDays(1), null, List.of())),
                "dueDate",
                "instruction.error.dueDatePast");
        assertRefused(
                () -> issue(request("調査", TODAY, "gate with spaces", List.of())),
                "gateTopic",
                "instruction.error.gateTopic");
        assertRefused(
                () -> issue(request("調査", TODAY, null, List.of("LC PREP"))),
                "checkItemIds",
                "instruction.error.checkItemFormat");
        NewInstruction toMyself = new NewInstruction(
                "INITIATIVE",
                UUID.randomUUID(),
                LifeCyclePhase.PREPARATION,
                null,
                List.of(),
                "調査",
                "",
                EXECUTIVE,
                TODAY,
                null);
        assertRefused(() -> issue(toMyself), "assignee", "instruction.error.selfAssigned");
    }

    @Test
    void theAssigneeReportsAndTheExecutiveAccepts() {
        IssuedInstruction instruction = opened();

        IssuedInstruction.NewReport report = instruction.report(OFFICER, " 調査しました ", NOW);
        assertThat(report.text()).isEqualTo("調査しました");
        assertThat(instruction.status()).isEqualTo(InstructionStatus.REPORTED);

        IssuedInstruction.NewReview review = instruction.accept(EXECUTIVE, null, NOW);
        assertThat(review.accepted()).isTrue();
        assertThat(review.reportId()).isEqualTo(report.id());
        assertThat(review.comment()).isEmpty();
        assertThat(instruction.status()).isEqualTo(InstructionStatus.ACCEPTED);
    }

    @Test
    void aReportSentBackOpensTheInstructionForANewReport() {
        IssuedInstruction instruction = opened();
        IssuedInstruction.NewReport first = instruction.report(OFFICER, "一回目", NOW);

        IssuedInstruction.NewReview back = instruction.sendBack(OTHER_EXECUTIVE, "費用の比較が足りません", NOW);
        assertThat(back.accepted()).isFalse();
        assertThat(back.reportId()).isEqualTo(first.id());
        assertThat(instruction.status()).isEqualTo(InstructionStatus.OPEN);

        IssuedInstruction.NewReport second = instruction.report(OFFICER, "二回目", NOW);
        assertThat(instruction.accept(EXECUTIVE, "了解", NOW).reportId()).isEqualTo(second.id());
    }

    @Test
    void onlyTheAssigneeReportsAndOnlyWhileOpen() {
        IssuedInstruction instruction = opened();

        assertThatThrownBy(() -> instruction.report(EXECUTIVE, "代わりに報告", NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> instruction.report(OFFICER, " ", NOW), "text", "instruction.error.reportTextRequired");
        assertThat(instruction.status()).isEqualTo(InstructionStatus.OPEN);

        instruction.report(OFFICER, "報告", NOW);
        assertConflict(() -> instruction.report(OFFICER, "もう一度", NOW), "instruction.error.notOpen");
        instruction.accept(EXECUTIVE, null, NOW);
        assertConflict(() -> instruction.report(OFFICER, "受理の後", NOW), "instruction.error.notOpen");
    }

    @Test
    void reviewsNeedAWaitingReportAndSendingBackNeedsAComment() {
        IssuedInstruction instruction = opened();
        assertConflict(() -> instruction.accept(EXECUTIVE, null, NOW), "instruction.error.noReportWaiting");
        assertConflict(() -> instruction.sendBack(EXECUTIVE, "理由", NOW), "instruction.error.noReportWaiting");

        instruction.report(OFFICER, "報告", NOW);
        assertRefused(() -> instruction.sendBack(EXECUTIVE, "  ", NOW), "comment", "instruction.error.commentRequired");
        assertForbidden(() -> instruction.accept(OFFICER, null, NOW), "instruction.error.ownReport");
        assertThat(instruction.status()).isEqualTo(InstructionStatus.REPORTED);

        instruction.accept(EXECUTIVE, null, NOW);
        assertConflict(() -> instruction.accept(EXECUTIVE, null, NOW), "instruction.error.alreadyAccepted");
        assertConflict(() -> instruction.sendBack(EXECUTIVE, "やはり", NOW), "instruction.error.alreadyAccepted");
    }

    private static IssuedInstruction opened() {
        return issue(request("調査", TODAY, null, List.of())).opened();
    }

    private static IssuedInstruction.Issue issue(NewInstruction request) {
        return IssuedInstruction.issue(ORGANIZATION, EXECUTIVE, request, TODAY, NOW);
    }

    private static NewInstruction request(String title, LocalDate due, String gate, List<String> items) {
        return new NewInstruction(
                "initiative",
                UUID.randomUUID(),
                LifeCyclePhase.PREPARATION,
                gate,
                items,
                title,
                "内容",
                OFFICER,
                due,
                null);
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
            assertThat(violation.kind()).isEqualTo(RuleViolationException.Kind.UNPROCESSABLE);
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.messageCode()).isEqualTo(code);
        });
    }

    private static void assertConflict(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
            assertThat(violation.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT);
            assertThat(violation.messageCode()).isEqualTo(code);
        });
    }

    private static void assertForbidden(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
            assertThat(violation.kind()).isEqualTo(RuleViolationException.Kind.FORBIDDEN);
            assertThat(violation.messageCode()).isEqualTo(code);
        });
    }
}
