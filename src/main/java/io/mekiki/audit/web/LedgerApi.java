package io.mekiki.audit.web;

import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.AuditLedger.ChainHead;
import io.mekiki.audit.AuditLedger.LedgerPage;
import io.mekiki.audit.ChainVerification;
import io.mekiki.audit.LedgerCheckpoint;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'EXECUTIVE')")
@Tag(name = "Audit ledger", description = "The tamper-evident record of every change (AUDITOR, EXECUTIVE)")
class LedgerApi {

    static final String JSON_LINES = "application/jsonl";

    private final AuditLedger ledger;
    private final LedgerReading reading;
    private final OrganizationTime time;

    LedgerApi(AuditLedger ledger, LedgerReading reading, OrganizationTime time) {
        this.ledger = ledger;
        this.reading = reading;
        this.time = time;
    }

    @GetMapping("/entries")
    @Operation(
            summary = "Page through the ledger, newest first, with the ledger page's filters",
            description = "Every filter is optional and they combine. Times in the answer stay ISO-8601 instants in"
                    + " UTC (recordedAt); from and to are calendar days in the organisation's time zone (its"
                    + " profile, Asia/Tokyo unless changed), both included.")
    EntriesPage entries(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "Only this subject type, e.g. INITIATIVE, DECISION, USER")
                    @RequestParam(required = false)
                    @Nullable
                    String subjectType,
            @Parameter(description = "Only this subject (its id)") @RequestParam(required = false) @Nullable
                    String subjectId,
            @Parameter(description = "Only subjects whose name (title) contains this text, ignoring case")
                    @RequestParam(required = false)
                    @Nullable
                    String subject,
            @Parameter(description = "Only entries of this person (actorId; system for Mekiki itself)")
                    @RequestParam(required = false)
                    @Nullable
                    String actor,
            @Parameter(description = "Only this operation (action), e.g. decision.decision.decided")
                    @RequestParam(required = false)
                    @Nullable
                    String action,
            @Parameter(description = "First day, ISO date, in the organisation's time zone")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Last day (included), ISO date, in the organisation's time zone")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        LedgerSearch search = new LedgerSearch(subjectType, subjectId, subject, actor, action, from, to);
        LedgerPage found = ledger.entries(
                user.organizationId(),
                search.filter(user.organizationId(), time.zoneOf(user.organizationId()), reading),
                page,
                size);
        return new EntriesPage(found.entries(), found.page(), found.size(), found.total(), found.totalPages());
    }

    @GetMapping("/verify")
    @Operation(
            summary = "Recompute the hash chain and say whether it is intact",
            description = "head is the last link as recorded now: note it down to prove later, with"
                    + " java tools/VerifyLedger.java --expect-head <lastSequence> <lastHash> ledger.jsonl,"
                    + " that an export still holds it")
    VerificationReport verify(@AuthenticationPrincipal SignedInUser user) {
        ChainVerification verification = ledger.verify(user.organizationId());
        return new VerificationReport(
                verification.valid(),
                verification.entries(),
                verification.firstInvalidSequence(),
                verification.problem(),
                ledger.head(user.organizationId()));
    }

    @GetMapping("/head")
    @Operation(
            summary = "The head of the chain as a checkpoint to keep outside Mekiki",
            description = "Keep the answer (a file, a ticket, a log system). Later, java tools/VerifyLedger.java"
                    + " --checkpoint checkpoint.json ledger.jsonl proves that an export still holds every entry up"
                    + " to it; a chain cut off at the end is noticed. Mekiki also logs a checkpoint per"
                    + " organisation at start and hourly when the head has moved.")
    LedgerCheckpoint head(@AuthenticationPrincipal SignedInUser user) {
        return ledger.checkpoint(user.organizationId());
    }

    @GetMapping(value = "/export", produces = JSON_LINES)
    @Operation(
            summary = "Export the whole chain as JSON Lines, oldest first",
            description = "Verify the file outside Mekiki with: java tools/VerifyLedger.java ledger.jsonl")
    void export(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        response.setContentType(JSON_LINES);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"mekiki-ledger.jsonl\"");
        ledger.export(
                user.organizationId(), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    record VerificationReport(
            boolean valid,
            long entries,
            @Nullable Long firstInvalidSequence,
            @Nullable String problem,
            ChainHead head) {}

    record EntriesPage(List<LedgerEntry> entries, int page, int size, long total, int totalPages) {}
}
