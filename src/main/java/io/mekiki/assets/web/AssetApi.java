package io.mekiki.assets.web;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetQuery;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.AssetRow;
import io.mekiki.assets.InformationAsset;
import io.mekiki.assets.Level;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.Tristate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/assets")
@Tag(
        name = "Information assets",
        description = "The information asset register (情報資産台帳): everyone reads; RISK_OFFICER, BUSINESS_OWNER"
                + " and ADMIN register, revise, archive and restore")
class AssetApi {

    private final AssetRegister register;
    private final MessageSource messages;
    private final Clock clock;

    AssetApi(AssetRegister register, MessageSource messages, Clock clock) {
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "List and search the register",
            description =
                    "Ordered by name unless `sort` says otherwise. `q` finds every word (separated by spaces) in the name, owner"
                            + " department or description, in any letter case. Archived assets are left out unless"
                            + " includeArchived=true.")
    AssetList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable AssetCategory category,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            @Parameter(
                            description = "name (default), department, value, tolerance (a level from low to high),"
                                    + " cost or updated; `,desc` for the other way round, e.g. `updated,desc`."
                                    + " Another key is a 400 naming `sort`.")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        ListOrder order = ListOrder.parse(sort, AssetRegister.DEFAULT_ORDER, AssetRegister.SORT_KEYS);
        ListPage<AssetRow> found =
                register.search(user, new AssetQuery(q, category, includeArchived), order, page, size);
        return new AssetList(
                found.items().stream().map(AssetView::of).toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalPages());
    }

    @PostMapping
    @Operation(summary = "Register an asset (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "Another asset of the organisation has this name")
    ResponseEntity<AssetView> create(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody AssetRequest request) {
        InformationAsset asset = register.register(user, request.details());
        return ResponseEntity.created(URI.create("/api/v1/assets/" + asset.id()))
                .body(AssetView.of(asset));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One asset of my organisation")
    AssetView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return AssetView.of(register.asset(user, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace the details of an asset (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "Send the version you read. If the asset changed since, nothing is saved and the answer"
                    + " is 409: read it again and reapply your change. Archived assets cannot be revised.")
    @ApiResponse(responseCode = "200", description = "Saved (or unchanged)")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "Changed by someone else, archived, or the name is taken")
    AssetView put(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody AssetRequest request) {
        return AssetView.of(register.revise(user, id, request.version(), request.details()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive an asset: hidden from the register by default, kept with its history")
    AssetView archive(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return AssetView.of(register.archive(user, id));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore an archived asset")
    AssetView restore(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return AssetView.of(register.restore(user, id));
    }

    @GetMapping(value = "/export.csv", produces = AssetCsv.MEDIA_TYPE)
    @Operation(
            summary = "Export the register as CSV",
            description = "UTF-8 with a byte order mark (Excel opens it correctly), header row and values in the"
                    + " request language (?lang=ja|en or Accept-Language). Same filters as the list, no paging.")
    void export(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable AssetCategory category,
            @Parameter(description = "Also archived assets") @RequestParam(defaultValue = "false")
                    boolean includeArchived,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        List<AssetRow> rows = register.export(user, new AssetQuery(q, category, includeArchived));
        new AssetCsv(messages, locale).send(rows, LocalDate.now(clock), response);
    }

    record AssetRequest(
            @Schema(example = "顧客管理データ") @NotBlank @Size(max = AssetDetails.NAME_MAX)
            String name,

            @Schema(example = "営業本部") @Nullable @Size(max = AssetDetails.DEPARTMENT_MAX)
            String ownerDepartment,

            @Nullable @Size(max = AssetDetails.TEXT_MAX) String description,
            @NotEmpty Set<AssetCategory> categories,

            @Schema(description = "How valuable the information is to the business") @NotNull
            Level assetValue,

            @Schema(description = "How much loss or disruption the business can bear") @NotNull
            Level riskTolerance,

            @Schema(description = "Today's in-house controls") @Nullable @Size(max = AssetDetails.TEXT_MAX)
            String currentControls,

            @Schema(description = "Today's yearly cost in yen") @Nullable @PositiveOrZero
            Long currentAnnualCost,

            @Schema(description = "Today's service level, e.g. availability and recovery targets")
            @Nullable
            @Size(max = AssetDetails.TEXT_MAX)
            String currentServiceLevel,

            @Schema(
                    description = "Used in a process that affects financial reporting: true, false, or null for not"
                            + " known. Left out of a revision, the stored answer stays; left out of a new asset, not"
                            + " known.",
                    type = "boolean",
                    nullable = true)
            @Nullable
            JsonNode financialReporting,

            @Schema(description = "For revisions: the version you read") @Nullable
            Long version) {

        AssetDetails details() {
            return new AssetDetails(
                    name,
                    ownerDepartment,
                    description,
                    categories,
                    assetValue,
                    riskTolerance,
                    currentControls,
                    currentAnnualCost,
                    currentServiceLevel,
                    Tristate.fromJson("financialReporting", financialReporting));
        }
    }

    record AssetList(List<AssetView> items, int page, int size, long total, int totalPages) {}
}
