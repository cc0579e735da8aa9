package io.mekiki.initiative.web;

import io.mekiki.catalog.Section;
import io.mekiki.decision.Decision;
import io.mekiki.identity.Members;
import io.mekiki.initiative.Branch;
import io.mekiki.initiative.Deployment;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateProgress;
import io.mekiki.initiative.GateReport;
import io.mekiki.initiative.GateState;
import io.mekiki.initiative.GateStatus;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeRow;
import io.mekiki.initiative.Kpi;
import io.mekiki.initiative.Measurement;
import io.mekiki.initiative.Move;
import io.mekiki.initiative.PeopleNames;
import io.mekiki.initiative.ScopingChange;
import io.mekiki.initiative.ScopingRecord;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.scoping.Reason;
import io.mekiki.scoping.ReasonTexts;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The shapes in which the API answers about initiatives. */
@Component
class InitiativeViews {

    private final Members members;
    private final ReasonTexts reasons;

    InitiativeViews(Members members, ReasonTexts reasons) {
        this.members = members;
        this.reasons = reasons;
    }

    private PeopleNames people(SignedInUser user) {
        Map<UUID, String> names = new HashMap<>();
        members.everyone(user.organizationId()).forEach(member -> names.put(member.id(), member.signature()));
        return new PeopleNames(names);
    }

    Detail detail(SignedInUser user, Initiative initiative) {
        String owner = members.member(user.organizationId(), initiative.businessOwnerId())
                .map(Members.Member::displayName)
                .orElse("");
        PeopleNames people = people(user);
        return new Detail(
                initiative.id(),
                initiative.title(),
                initiative.businessOwnerId(),
                owner,
                initiative.purpose(),
                initiative.benefits(),
                initiative.kpis().stream()
                        .map(kpi -> KpiView.of(kpi, initiative.measurementsOf(kpi.kpiId()), people))
                        .toList(),
                initiative.assetIds().stream().sorted().toList(),
                initiative.serviceModel(),
                initiative.deployment(),
                initiative.dataLocations(),
                initiative.providerHeadquarters(),
                initiative.nonResidentAccess(),
                initiative.phase(),
                initiative.branch(),
                initiative.year(),
                initiative.yearStartedAt(),
                initiative.scopingRelease(),
                initiative.sections(),
                initiative.createdAt(),
                people.of(initiative.createdById(), initiative.createdBy()),
                initiative.createdById(),
                initiative.updatedAt(),
                initiative.version());
    }

    ScopingView scoping(ScopingRecord record, Locale locale) {
        return new ScopingView(
                snapshot(record.current(), locale),
                record.history().stream().map(change -> change(change, locale)).toList());
    }

    private SnapshotView snapshot(ScopingSnapshot snapshot, Locale locale) {
        return new SnapshotView(
                snapshot.release(),
                snapshot.sections().stream()
                        .map(entry -> section(entry, locale))
                        .toList(),
                snapshot.items().stream().map(entry -> item(entry, locale)).toList(),
                snapshot.notApplicable().stream()
                        .map(entry -> section(entry, locale))
                        .toList());
    }

    private ChangeView change(ScopingChange change, Locale locale) {
        var diff = change.diff();
        return new ChangeView(
                change.id(),
                change.changedAt(),
                change.changedBy(),
                change.changedById(),
                change.first(),
                change.planChanges(),
                diff.releaseBefore(),
                diff.releaseAfter(),
                diff.sectionsAdded().stream()
                        .map(entry -> section(entry, locale))
                        .toList(),
                diff.sectionsRemoved().stream()
                        .map(entry -> section(entry, locale))
                        .toList(),
                diff.itemsAdded().stream().map(entry -> item(entry, locale)).toList(),
                diff.itemsRemoved().stream().map(entry -> item(entry, locale)).toList());
    }

    private SectionView section(ScopingSnapshot.SectionEntry entry, Locale locale) {
        return new SectionView(entry.section(), reasons(entry.reasons(), locale));
    }

    private ItemView item(ScopingSnapshot.ItemEntry entry, Locale locale) {
        return new ItemView(entry.itemId(), entry.section(), reasons(entry.reasons(), locale));
    }

    private List<ReasonView> reasons(List<Reason> list, Locale locale) {
        return list.stream()
                .map(reason -> new ReasonView(reason.code(), reasons.text(reason, locale)))
                .toList();
    }

    record InitiativeList(List<Summary> items, int page, int size, long total, int totalPages) {}

    record Summary(
            UUID id,
            String title,
            UUID businessOwnerId,
            String businessOwnerName,
            InitiativePhase phase,
            @Nullable Branch branch,
            int year,
            List<Section> applicableSections,
            int overdueInstructions,
            Instant updatedAt,
            ProgressView gateProgress) {

        static Summary of(InitiativeRow row) {
            return new Summary(
                    row.id(),
                    row.title(),
                    row.businessOwnerId(),
                    row.businessOwnerName(),
                    row.phase(),
                    row.branch(),
                    row.year(),
                    row.sections().stream().sorted().toList(),
                    row.overdueInstructions(),
                    row.updatedAt(),
                    ProgressView.of(row.progress()));
        }
    }

    /**
     * How far the initiative has come through the gates of its current phase.
     *
     * @param openGates the gates not yet approved, with where each stands
     */
    record ProgressView(
            int approved,
            int required,
            List<OpenGate> openGates,

            @Schema(description = "conditions of the current gate (the first open one) that hold")
            int conditionsMet,

            @Schema(description = "conditions the current gate has; 0 when it has none or every gate is approved")
            int conditionsTotal) {

        static ProgressView of(GateProgress progress) {
            return new ProgressView(
                    progress.approved(),
                    progress.required(),
                    progress.open().stream()
                            .map(status -> new OpenGate(status.gate(), status.state()))
                            .toList(),
                    progress.conditionsMet(),
                    progress.conditionsTotal());
        }
    }

    record OpenGate(Gate gate, GateState state) {}

    record Detail(
            UUID id,
            String title,
            UUID businessOwnerId,
            String businessOwnerName,
            String purpose,
            String benefits,
            List<KpiView> kpis,
            List<UUID> assetIds,
            @Nullable ServiceModel serviceModel,
            @Nullable Deployment deployment,
            List<String> dataLocations,
            @Nullable String providerHeadquarters,

            @Schema(description = "Non-residents would reach the data: true, false, or null while not known") @Nullable
            Boolean nonResidentAccess,

            InitiativePhase phase,
            @Nullable Branch branch,
            int year,
            @Nullable Instant yearStartedAt,
            String scopingRelease,
            Set<Section> applicableSections,
            Instant createdAt,

            @Schema(description = "Who started it: the user's name and e-mail address as they are now")
            String createdBy,

            @Schema(
                    description = "The user who started it; null for an initiative from before user ids were kept"
                            + " whose starter matched no user (createdBy then reads as written at the time)")
            @Nullable
            UUID createdById,

            Instant updatedAt,
            @Nullable Long version) {}

    record KpiView(
            UUID id,
            String name,
            String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            List<MeasurementView> measurements) {

        static KpiView of(Kpi kpi, List<Measurement> measurements, PeopleNames people) {
            return new KpiView(
                    kpi.kpiId(),
                    kpi.name(),
                    kpi.unit(),
                    kpi.baseline(),
                    kpi.target(),
                    measurements.stream()
                            .map(measurement -> MeasurementView.of(measurement, people))
                            .toList());
        }
    }

    record MeasurementView(
            UUID id,
            LocalDate measuredOn,
            BigDecimal value,
            @Nullable String note,
            Instant recordedAt,

            @Schema(description = "Who recorded it, as named now")
            String recordedBy,

            @Nullable UUID recordedById) {

        static MeasurementView of(Measurement measurement, PeopleNames people) {
            return new MeasurementView(
                    measurement.measurementId(),
                    measurement.measuredOn(),
                    measurement.value(),
                    measurement.note(),
                    measurement.recordedAt(),
                    people.of(measurement.recordedById(), measurement.recordedBy()),
                    measurement.recordedById());
        }
    }

    record GatesView(
            InitiativePhase phase, @Nullable Branch branch, int year, List<GateView> gates, List<MoveView> moves) {

        static GatesView of(GateReport report, ConditionTexts texts, Locale locale) {
            return new GatesView(
                    report.phase(),
                    report.branch(),
                    report.year(),
                    report.gates().stream()
                            .map(status -> GateView.of(status, texts, locale))
                            .toList(),
                    report.moves().stream()
                            .map(move -> new MoveView(
                                    move.move(), move.target(), move.required(), move.holdingBack(), move.allowed()))
                            .toList());
        }
    }

    /**
     * @param nextActor who has to act: CONDITIONS (whoever an unmet condition names, before anything else),
     *     REQUESTER (a risk officer or business owner asks for a decision), EXECUTIVE (decides), NOBODY
     * @param conditions what must hold before the gate's decision can be requested
     * @param conditionsMet whether all of them hold, so that a decision can be requested
     */
    record GateView(
            Gate gate,
            String topic,
            InitiativePhase phase,
            GateState state,
            GateStatus.Actor nextActor,
            @Nullable UUID approval,
            List<UUID> waiting,
            List<UUID> stale,
            @Nullable Instant staleSince,
            List<UUID> notApproved,
            List<UUID> decisions,
            List<ConditionView> conditions,
            boolean conditionsMet) {

        static GateView of(GateStatus status, ConditionTexts texts, Locale locale) {
            return new GateView(
                    status.gate(),
                    status.gate().topic(),
                    status.gate().phase(),
                    status.state(),
                    status.nextActor(),
                    status.approval() == null ? null : status.approval().id(),
                    ids(status.waiting()),
                    ids(status.stale()),
                    status.staleSince(),
                    ids(status.notApproved()),
                    ids(status.decisions()),
                    status.conditions().stream()
                            .map(condition -> new ConditionView(
                                    condition.code(),
                                    texts.label(condition, locale),
                                    condition.met(),
                                    texts.who(condition, locale)))
                            .toList(),
                    status.conditionsMet());
        }

        private static List<UUID> ids(List<Decision> decisions) {
            return decisions.stream().map(Decision::id).toList();
        }
    }

    /**
     * A condition of a gate.
     *
     * @param who who acts next and what they do, in the reader's language; null when it is met
     */
    record ConditionView(
            String code,
            String label,
            boolean met,
            @Nullable String who) {}

    record MoveView(Move move, InitiativePhase target, List<Gate> required, List<Gate> openGates, boolean allowed) {}

    record ScopingView(SnapshotView current, List<ChangeView> history) {}

    record SnapshotView(
            String release, List<SectionView> sections, List<ItemView> items, List<SectionView> notApplicable) {}

    record SectionView(Section section, List<ReasonView> reasons) {}

    record ItemView(String id, Section section, List<ReasonView> reasons) {}

    record ReasonView(String code, String text) {}

    record ChangeView(
            UUID id,
            Instant changedAt,

            @Schema(description = "Who changed it, as named now")
            String changedBy,

            @Nullable UUID changedById,
            boolean first,
            List<String> planChanges,
            String releaseBefore,
            String releaseAfter,
            List<SectionView> sectionsAdded,
            List<SectionView> sectionsRemoved,
            List<ItemView> itemsAdded,
            List<ItemView> itemsRemoved) {}
}
