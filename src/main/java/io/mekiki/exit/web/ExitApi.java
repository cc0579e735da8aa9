package io.mekiki.exit.web;

import io.mekiki.exit.Exit;
import io.mekiki.exit.ExitDossier;
import io.mekiki.exit.ExitInputs;
import io.mekiki.exit.Exits;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/exits")
@Tag(
        name = "Exits",
        description = "The end of a cloud use (サービス利用の終了, ADR 040). An exit starts by itself when an EXECUTIVE"
                + " takes an initiative along the TERMINATE branch; a RISK_OFFICER starts one from the provider's"
                + " termination notice (`noticeReceivedOn`, `noticeEffectiveOn`; the contract's provider notice"
                + " period is counted down) or by hand. Its plan comes from the contract's exit terms (data sets to"
                + " return with format, method, deadline and who checks; deletion method and proof) and a RISK_OFFICER"
                + " edits it, records each data set's returns with the completeness check (an incomplete return is"
                + " followed by a corrected one; both stay) and the deletion evidence (the provider's certificate, or"
                + " an alternative with the assessment of why it is adequate). The termination gates"
                + " TERMINATION_DATA_RETURNED and TERMINATION_DELETION_CONFIRMED have their conditions from here"
                + " (EXIT_STARTED, DATA_SET_<n>, DELETION_EVIDENCED); closing the initiative while any is unmet answers"
                + " 409 with `openGates` and `missing`. Everyone in the organisation reads; a closed initiative's exit"
                + " changes no more (409).")
class ExitApi {

    private final Exits exits;
    private final ExitDossier dossiers;

    ExitApi(Exits exits, ExitDossier dossiers) {
        this.exits = exits;
        this.dossiers = dossiers;
    }

    @GetMapping
    @Operation(
            summary = "List my organisation's exits",
            description = "The latest started first, with what is missing.")
    ExitList list(@AuthenticationPrincipal SignedInUser user) {
        return new ExitList(exits.list(user));
    }

    @PostMapping
    @Operation(
            summary = "Start an exit (RISK_OFFICER)",
            description = "`initiativeId`; with `noticeReceivedOn` and `noticeEffectiveOn` (ISO dates, received not in"
                    + " the future, effective not before received) it records the provider's termination notice (the"
                    + " initiative in OPERATION or CONTINUATION_TERMINATION) on the contract as well (its"
                    + " `terminationNotice`, GET /api/v1/contracts/{id}, ADR 046): from then on the gate"
                    + " CONTINUATION_DECIDED rests on the notice (condition PROVIDER_TERMINATION_NOTICE) instead of a"
                    + " new yearly review, an approval of it takes the initiative along TERMINATE, and continuing is"
                    + " refused (CONTINUATION_SUPERVISION_APPROVED gets the unmet condition"
                    + " CONTINUATION_NEEDS_NEW_CONTRACT). Without them it starts by hand (the initiative in"
                    + " CONTINUATION_TERMINATION). The plan is taken from the contract's exit terms.")
    @ApiResponse(responseCode = "201", description = "Started; the body is the exit")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only risk officers start exits")
    @ApiResponse(
            responseCode = "409",
            description = "The initiative has no contract, has an exit already, or is in another phase")
    ResponseEntity<Exit> start(@AuthenticationPrincipal SignedInUser user, @RequestBody StartRequest request) {
        Exit started = exits.start(
                user,
                new ExitInputs.NewExit(
                        request.initiativeId(), request.noticeReceivedOn(), request.noticeEffectiveOn()));
        return ResponseEntity.created(URI.create("/api/v1/exits/" + started.id()))
                .body(started);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One exit",
            description = "Its plan, each data set with its returns (newest first) and `state`, the deletion evidence"
                    + " (newest first), the countdown `daysToEnd`, and `missing`: what the executive's confirmations"
                    + " still wait for.")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    Exit get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return exits.exit(user, id);
    }

    @GetMapping("/{id}/plan")
    @Operation(summary = "The exit plan as it stands")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    PlanView plan(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return PlanView.of(exits.exit(user, id));
    }

    @PutMapping("/{id}/plan")
    @Operation(
            summary = "Replace the exit plan (RISK_OFFICER)",
            description =
                    "Over the `version` read: `dataSets` (1–20; each `what` ≤ 500, `format` ≤ 200, `method` ≤ 200,"
                            + " `deadline` an ISO date, `checkerId` an active member of the organisation; `id` to keep a planned"
                            + " data set with its returns), `endsOn`, `deletionMethod` (≤ 2,000) and `deletionProof`"
                            + " (CERTIFICATE or ALTERNATIVE). A data set that has returns cannot be left out.")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only risk officers plan exits")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    @ApiResponse(
            responseCode = "409",
            description = "A stale version, a returned data set left out, or the initiative is closed")
    PlanView revisePlan(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody PlanRequest request) {
        return PlanView.of(exits.revisePlan(
                user,
                id,
                new ExitInputs.Plan(
                        request.dataSets() == null
                                ? null
                                : request.dataSets().stream()
                                        .map(set -> set == null
                                                ? null
                                                : new ExitInputs.DataSetInput(
                                                        set.id(),
                                                        set.what(),
                                                        set.format(),
                                                        set.method(),
                                                        set.deadline(),
                                                        set.checkerId()))
                                        .toList(),
                        request.endsOn(),
                        request.deletionMethod(),
                        request.deletionProof(),
                        request.version())));
    }

    @GetMapping("/{id}/data-returns")
    @Operation(summary = "The data returns of an exit, by data set, newest first")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    DataReturnList dataReturns(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        Exit exit = exits.exit(user, id);
        return new DataReturnList(exit.dataSets(), exit.missing());
    }

    @PostMapping("/{id}/data-returns")
    @Operation(
            summary = "Record a data return with its completeness check (RISK_OFFICER)",
            description = "`dataSetId`, `receivedOn` (not in the future), what was received: `sizeBytes`,"
                    + " `recordCount` and/or `checksum` (at least one), what was expected (`expectedCount`,"
                    + " `expected`), and the check: `complete` true, or false with `missing` (what is missing)."
                    + " `complete` is refused while `recordCount` and `expectedCount` differ. A data set returned"
                    + " complete takes no more returns; an incomplete one takes a corrected return and both stay.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the exit")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only risk officers record returns")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    @ApiResponse(
            responseCode = "409",
            description = "The data set is returned complete already, or the initiative is closed")
    ResponseEntity<Exit> recordReturn(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody ReturnRequest request) {
        Exit exit = exits.recordReturn(
                user,
                id,
                new ExitInputs.NewDataReturn(
                        request.dataSetId(),
                        request.receivedOn(),
                        text(request.sizeBytes()),
                        text(request.recordCount()),
                        text(request.expectedCount()),
                        request.checksum(),
                        request.expected(),
                        request.complete(),
                        request.missing()));
        return ResponseEntity.created(URI.create("/api/v1/exits/" + id + "/data-returns"))
                .body(exit);
    }

    @GetMapping("/{id}/deletion-evidence")
    @Operation(summary = "The deletion evidence of an exit, newest first (the first counts)")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    EvidenceList evidence(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        Exit exit = exits.exit(user, id);
        return new EvidenceList(exit.deletionMethod(), exit.deletionProof(), exit.deletionEvidence());
    }

    @PostMapping(value = "/{id}/deletion-evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Record the provider's deletion certificate (RISK_OFFICER)",
            description = "Multipart: the certificate as `file` (checked as every stored file: size, type from the"
                    + " bytes; its SHA-256 is kept and shown); `kind` CERTIFICATE when given. An alternative is sent"
                    + " as JSON to the same address.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the exit")
    @ApiResponse(responseCode = "400", description = "No file, or a file refused; errors[].field names `file`")
    @ApiResponse(responseCode = "403", description = "Only risk officers record deletion evidence")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    @ApiResponse(responseCode = "409", description = "The initiative is closed")
    ResponseEntity<Exit> recordCertificate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String kind,
            @RequestPart(required = false) @Nullable MultipartFile file) {
        Exit exit = exits.recordDeletionEvidence(
                user,
                id,
                new ExitInputs.NewDeletionEvidence(
                        kind == null || kind.isBlank() ? "CERTIFICATE" : kind, null, null, null, null),
                upload(file));
        return ResponseEntity.created(URI.create("/api/v1/exits/" + id + "/deletion-evidence"))
                .body(exit);
    }

    @PostMapping(value = "/{id}/deletion-evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record an alternative deletion evidence with its assessment (RISK_OFFICER)",
            description = "JSON: `kind` ALTERNATIVE, at least one of `writtenConfirmation`, `accountClosure`,"
                    + " `publishedProcess` (≤ 2,000 each: what the provider confirmed in writing, when and how the"
                    + " account was closed, the provider's published deletion process) and the risk officer's"
                    + " `assessment` of why it is adequate (≤ 10,000, required). A certificate is sent as multipart.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the exit")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only risk officers record deletion evidence")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    @ApiResponse(responseCode = "409", description = "The initiative is closed")
    ResponseEntity<Exit> recordAlternative(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody EvidenceRequest request) {
        Exit exit = exits.recordDeletionEvidence(
                user,
                id,
                new ExitInputs.NewDeletionEvidence(
                        request.kind(),
                        request.writtenConfirmation(),
                        request.accountClosure(),
                        request.publishedProcess(),
                        request.assessment()),
                null);
        return ResponseEntity.created(URI.create("/api/v1/exits/" + id + "/deletion-evidence"))
                .body(exit);
    }

    @GetMapping("/{id}/deletion-evidence/{evidenceId}/certificate")
    @Operation(summary = "Download a deletion certificate (anyone in my organisation)")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment, with `Repr-Digest`")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits, or no such certificate")
    void certificate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID evidenceId,
            HttpServletResponse response)
            throws IOException {
        Exits.Certificate certificate = exits.certificate(user, id, evidenceId);
        ExitDownloads.certificate(certificate, response);
    }

    @GetMapping("/{id}/dossier")
    @Operation(
            summary = "Download the dossier of a closed initiative (anyone in my organisation)",
            description = "A ZIP: dossier.html for a person; initiative.json, contract.json, decisions.json, exit.json;"
                    + " ledger.json (the ledger entries of the initiative, its contract, its decisions and its exit as"
                    + " chained, with their hashes); the deletion certificates as filed.")
    @ApiResponse(responseCode = "200", description = "The ZIP, as an attachment, with `Repr-Digest`")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's exits")
    @ApiResponse(responseCode = "409", description = "The initiative is not closed yet")
    void dossier(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Exit exit = exits.exit(user, id);
        ExitDownloads.dossier(exit, dossiers.zip(user, exit), response);
    }

    static @Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null) {
            return null;
        }
        String name = file.getOriginalFilename();
        if (file.isEmpty() && (name == null || name.isBlank())) {
            return null;
        }
        try {
            return new Upload(name == null ? "" : name, file.getBytes());
        } catch (IOException unreadable) {
            return new Upload(name == null ? "" : name, new byte[0]);
        }
    }

    private static @Nullable String text(@Nullable Long value) {
        return value == null ? null : value.toString();
    }

    record ExitList(List<Exit> items) {}

    record StartRequest(
            @Nullable String initiativeId,
            @Nullable String noticeReceivedOn,
            @Nullable String noticeEffectiveOn) {}

    record DataSetRequest(
            @Nullable String id,
            @Nullable String what,
            @Nullable String format,
            @Nullable String method,
            @Nullable String deadline,
            @Nullable String checkerId) {}

    record PlanRequest(
            @Nullable List<DataSetRequest> dataSets,
            @Nullable String endsOn,
            @Nullable String deletionMethod,
            @Nullable String deletionProof,
            @Nullable Long version) {}

    record PlanView(
            UUID exitId,
            java.time.LocalDate endsOn,
            @Nullable String deletionMethod,
            io.mekiki.contract.@Nullable DeletionProof deletionProof,
            List<Exit.DataSet> dataSets,
            long version) {

        static PlanView of(Exit exit) {
            return new PlanView(
                    exit.id(),
                    exit.endsOn(),
                    exit.deletionMethod(),
                    exit.deletionProof(),
                    exit.dataSets(),
                    exit.version());
        }
    }

    record ReturnRequest(
            @Nullable String dataSetId,
            @Nullable String receivedOn,
            @Nullable Long sizeBytes,
            @Nullable Long recordCount,
            @Nullable Long expectedCount,
            @Nullable String checksum,
            @Nullable String expected,
            @Nullable Boolean complete,
            @Nullable String missing) {}

    record EvidenceRequest(
            @Nullable String kind,
            @Nullable String writtenConfirmation,
            @Nullable String accountClosure,
            @Nullable String publishedProcess,
            @Nullable String assessment) {}

    record DataReturnList(List<Exit.DataSet> dataSets, List<Exit.Missing> missing) {}

    record EvidenceList(
            @Nullable String deletionMethod,
            io.mekiki.contract.@Nullable DeletionProof deletionProof,
            List<Exit.DeletionEvidence> items) {}
}
