package io.mekiki.assessment.web;

import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.InitiativeAssessment;
import io.mekiki.assessment.InitiativeAssessment.Row;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments")
class InitiativeAssessmentApi {

    private final Assessments assessments;

    InitiativeAssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/initiatives/{id}/assessment")
    @Operation(
            summary = "The assessments of the initiative's open candidates side by side",
            description = "`candidates`: the open candidates in the order they were added, each with its progress"
                    + " in all and per section (answered / total, gaps = DOES_NOT_MEET, PARTLY, UNKNOWN). `items`:"
                    + " every check item that applies to at least one candidate, by section in the catalogue's"
                    + " order, with one cell per candidate in the same order: `applies` (false when the item is"
                    + " outside that candidate's scoping) and `status` (null while not answered). Everyone in the"
                    + " organisation reads.")
    @ApiResponse(responseCode = "400", description = "`section` is not a section of the catalogue")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    MatrixView get(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") UUID initiativeId,
            @Parameter(description = "Only the items of this section, e.g. PERSONAL_DATA")
                    @RequestParam(required = false)
                    @Nullable
                    String section,
            @Parameter(description = "Only the items on which at least one candidate has a gap")
                    @RequestParam(required = false, defaultValue = "false")
                    boolean gapsOnly,
            Locale locale) {
        Section chosen = section(section);
        InitiativeAssessment assessment = assessments.ofInitiative(user, initiativeId);
        Map<String, CheckItem> items = new HashMap<>();
        if (assessment.release() != null) {
            assessments
                    .release(user, assessment.release())
                    .map(CatalogRelease::items)
                    .ifPresent(all -> all.forEach(item -> items.put(item.id(), item)));
        }
        return new MatrixView(
                assessment.initiativeId(),
                assessment.title(),
                assessment.release(),
                assessment.answers(),
                assessment.columns().stream()
                        .map(column -> new CandidateView(
                                column.candidateId(),
                                column.serviceName(),
                                column.answered(),
                                column.total(),
                                column.gaps(),
                                column.progress().stream()
                                        .map(progress -> new SectionView(
                                                progress.section().name(),
                                                progress.answered(),
                                                progress.total(),
                                                progress.gaps()))
                                        .toList()))
                        .toList(),
                assessment.rows(chosen, gapsOnly).stream()
                        .map(row -> item(row, items.get(row.itemId()), locale))
                        .toList());
    }

    private static ItemView item(Row row, @Nullable CheckItem item, Locale locale) {
        return new ItemView(
                row.itemId(),
                row.section().name(),
                item == null ? row.itemId() : item.title().in(locale),
                row.cells().stream()
                        .map(cell -> new CellView(
                                cell.applies(),
                                cell.status() == null ? null : cell.status().name()))
                        .toList());
    }

    private static @Nullable Section section(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(Section.values())
                .filter(section -> section.name().equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        Kind.UNPROCESSABLE,
                        "section",
                        "assessment.error.notInList",
                        Arrays.stream(Section.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    record MatrixView(
            UUID initiativeId,
            String title,
            @Nullable String release,
            int answers,
            List<CandidateView> candidates,
            List<ItemView> items) {}

    record CandidateView(
            UUID candidateId, String serviceName, int answered, int total, int gaps, List<SectionView> sections) {}

    record SectionView(String section, int answered, int total, int gaps) {}

    record ItemView(String itemId, String section, String title, List<CellView> cells) {}

    record CellView(boolean applies, @Nullable String status) {}
}
