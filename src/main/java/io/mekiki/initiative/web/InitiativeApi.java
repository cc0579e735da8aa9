package io.mekiki.initiative.web;

import io.mekiki.catalog.Section;
import io.mekiki.initiative.Branch;
import io.mekiki.initiative.Deployment;
import io.mekiki.initiative.GateReport;
import io.mekiki.initiative.GatesOpenException;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.InitiativePlan.KpiDefinition;
import io.mekiki.initiative.InitiativeQuery;
import io.mekiki.initiative.InitiativeRuleViolation;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.Measurement;
import io.mekiki.initiative.NewMeasurement;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.Tristate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(
        name = "Initiatives",
        description = "Initiatives (導入案件) and their life cycle: everyone reads; RISK_OFFICER, BUSINESS_OWNER and"
                + " ADMIN plan, revise and record KPI measurements; EXECUTIVE and RISK_OFFICER move them to the next"
                + " phase once the phase's gates (approved executive decisions, see /api/v1/decisions with"
                + " subjectType INITIATIVE and the gate code as topic) are approved.")
class InitiativeApi {

    private final Initiatives initiatives;
    private final InitiativeViews views;
    private final InitiativeProblems problems;
    private final ConditionTexts conditionTexts;

    InitiativeApi(
            Initiatives initiatives,
            InitiativeViews views,
            InitiativeProblems problems,
            ConditionTexts conditionTexts) {
        this.conditionTexts = conditionTexts;
        this.initiatives = initiatives;
        this.views = views;
        this.problems = problems;
    }

    @GetMapping
    @Operation(
            summary = "List my organisation's initiatives",
            description = "One page, newest change first unless `sort` says otherwise. Every filter is optional:"
                    + " phase, business owner, a catalogue section that applies, and overdue=true for initiatives with"
                    + " an instruction past its due date. Each item carries its progress through the gates of its"
                    + " current phase. An unknown sort key is a 400 naming `sort`.")
    InitiativeViews.InitiativeList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable InitiativePhase phase,
            @RequestParam(required = false) @Nullable UUID businessOwnerId,
            @RequestParam(required = false) @Nullable Section section,
            @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(
                            description = "`title`, `phase` (in the order of the life cycle) or `updated`, optionally"
                                    + " followed by `,asc` or `,desc`",
                            example = "title,asc")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") @Min(1) @Max(ListPage.MAX_SIZE)
                    int size) {
        ListOrder order = ListOrder.parse(sort, Initiatives.DEFAULT_ORDER, Initiatives.SORT_KEYS);
        ListPage<InitiativeViews.Summary> found = initiatives
                .page(user, new InitiativeQuery(phase, businessOwnerId, section, overdue), order, page, size)
                .map(InitiativeViews.Summary::of);
        return new InitiativeViews.InitiativeList(
                found.items(), found.page(), found.size(), found.total(), found.totalPages());
    }

    @PostMapping
    @Operation(
            summary = "Start an initiative (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "It starts in PREPARATION. Its scoping is computed from its assets and plan with the"
                    + " organisation's active catalogue release and kept with it.")
    @ApiResponse(responseCode = "201", description = "Started")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    ResponseEntity<InitiativeViews.Detail> create(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody InitiativeRequest request) {
        Initiative initiative = initiatives.create(user, request.plan());
        return ResponseEntity.created(URI.create("/api/v1/initiatives/" + initiative.id()))
                .body(views.detail(user, initiative));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative of my organisation, with its KPIs and their measurements")
    InitiativeViews.Detail get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return views.detail(user, initiatives.initiative(user, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace the plan of an initiative (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "Send the version you read, and the ids of the KPIs you keep (a KPI with measurements"
                    + " cannot be dropped). The scoping is computed again and what changed is kept in its history;"
                    + " approved decisions made on another basis become stale. 409 when the initiative changed"
                    + " since you read it, or is closed.")
    @ApiResponse(responseCode = "200", description = "Saved (or unchanged)")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "Changed by someone else, or closed")
    InitiativeViews.Detail put(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody InitiativeRequest request) {
        return views.detail(user, initiatives.revise(user, id, request.version(), request.plan()));
    }

    @PostMapping("/{id}/kpis/{kpiId}/measurements")
    @Operation(summary = "Record a measured value of a KPI (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    ResponseEntity<InitiativeViews.MeasurementView> measure(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID kpiId,
            @Valid @RequestBody MeasurementRequest request) {
        Measurement measurement = initiatives.measure(
                user, id, kpiId, new NewMeasurement(request.measuredOn(), request.value(), request.note()));
        return ResponseEntity.status(201)
                .body(InitiativeViews.MeasurementView.of(measurement, initiatives.people(user.organizationId())));
    }

    @GetMapping("/{id}/gates")
    @Operation(
            summary = "Where the initiative's gates stand, and what each move it can take now still needs",
            description = "A gate is APPROVED by an approved decision on its topic that is not stale, WAITING while a"
                    + " decision is requested, STALE when its approval was made on an older basis, OPEN otherwise."
                    + " OPERATION_FINDINGS_RESOLVED and OPERATION_CONTINGENCIES_DECIDED stand for every decision whose"
                    + " topic starts with FINDING_ or CONTINGENCY_. Each gate lists its conditions ({code, label,"
                    + " met, who}): work that must be done before its decision can be requested (e.g. the report on"
                    + " the gate's instruction accepted); who names the role, and the person when one is known, who"
                    + " acts next. A request on a gate whose conditions are not all met is refused with 409.")
    InitiativeViews.GatesView gates(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, java.util.Locale locale) {
        GateReport report = initiatives.gates(user, id);
        return InitiativeViews.GatesView.of(report, conditionTexts, locale);
    }

    @PostMapping("/{id}/phase")
    @Operation(
            summary = "Move the initiative (EXECUTIVE, RISK_OFFICER)",
            description = "Either {\"to\": \"SELECTION\"} for the next phase, or in CONTINUATION_TERMINATION"
                    + " {\"branch\": \"CONTINUE\"} (back to OPERATION for another year) or {\"branch\": \"TERMINATE\"};"
                    + " a terminated initiative closes with {\"to\": \"CLOSED\"}. Refused with 409 while a gate the"
                    + " move needs is open; openGates names them.")
    @ApiResponse(responseCode = "200", description = "Moved")
    @ApiResponse(responseCode = "409", description = "A gate is open (openGates), or the move is not possible now")
    InitiativeViews.Detail move(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody MoveRequest request) {
        return views.detail(user, initiatives.move(user, id, request.to(), request.branch()));
    }

    @GetMapping("/{id}/scoping")
    @Operation(
            summary = "The initiative's scoping as kept, and the history of its changes (newest first)",
            description = "Reasons are given as codes with their text in the caller's language.")
    InitiativeViews.ScopingView scoping(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
        return views.scoping(initiatives.scoping(user, id), locale);
    }

    @ExceptionHandler(GatesOpenException.class)
    ProblemDetail gatesOpen(GatesOpenException refused, Locale locale) {
        return problems.gatesOpen(refused, locale);
    }

    @ExceptionHandler(InitiativeRuleViolation.class)
    ProblemDetail refused(InitiativeRuleViolation violation, Locale locale) {
        return problems.ruleViolation(violation, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        return problems.unreadable(exception, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception, Locale locale) {
        return problems.typeMismatch(exception, locale);
    }

    record InitiativeRequest(
            @Schema(example = "経費精算のSaaS化") @NotBlank @Size(max = InitiativePlan.TITLE_MAX)
            String title,

            @Schema(description = "A member of the organisation with the BUSINESS_OWNER role") @NotNull
            UUID businessOwnerId,

            @Nullable @Size(max = InitiativePlan.TEXT_MAX) String purpose,
            @Nullable @Size(max = InitiativePlan.TEXT_MAX) String benefits,

            @Nullable @Size(max = InitiativePlan.KPIS_MAX) @Valid
            List<KpiRequest> kpis,

            @Schema(description = "Ids of information assets of the organisation's register")
            @Nullable
            @Size(max = InitiativePlan.ASSETS_MAX)
            Set<UUID> assetIds,

            @Nullable ServiceModel serviceModel,
            @Nullable Deployment deployment,

            @Schema(description = "Candidate data locations, ISO 3166-1 alpha-2", example = "[\"JP\"]")
            @Nullable
            @Size(max = InitiativePlan.DATA_LOCATIONS_MAX)
            List<@Size(max = 100) String> dataLocations,

            @Schema(description = "The provider's country, ISO 3166-1 alpha-2; leave out while not chosen")
            @Nullable
            @Size(max = 100)
            String providerHeadquarters,

            @Schema(
                    description = "Whether non-residents (or residents of the 特定類型) would reach the data: true,"
                            + " false, or null for not known. Left out of a revision, the stored answer stays; left"
                            + " out of a new initiative, not known.",
                    type = "boolean",
                    nullable = true)
            @Nullable
            JsonNode nonResidentAccess,

            @Schema(description = "For revisions: the version you read") @Nullable
            Long version) {

        InitiativePlan plan() {
            return new InitiativePlan(
                    title,
                    businessOwnerId,
                    purpose,
                    benefits,
                    kpis == null
                            ? List.of()
                            : kpis.stream().map(KpiRequest::definition).toList(),
                    assetIds,
                    serviceModel,
                    deployment,
                    dataLocations,
                    providerHeadquarters,
                    Tristate.fromJson("nonResidentAccess", nonResidentAccess));
        }
    }

    record KpiRequest(
            @Schema(description = "The id of a KPI you keep; leave out for a new one") @Nullable
            UUID id,

            @NotBlank @Size(max = InitiativePlan.KPI_NAME_MAX)
            String name,

            @Nullable @Size(max = InitiativePlan.KPI_UNIT_MAX)
            String unit,

            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target) {

        KpiDefinition definition() {
            return new KpiDefinition(id, name, unit, baseline, target);
        }
    }

    record MeasurementRequest(
            @NotNull LocalDate measuredOn,
            @NotNull BigDecimal value,
            @Nullable @Size(max = Measurement.NOTE_MAX) String note) {}

    record MoveRequest(
            @Schema(description = "The phase to move to") @Nullable
            InitiativePhase to,

            @Schema(description = "In the last phase: CONTINUE or TERMINATE") @Nullable
            Branch branch) {}
}
