package io.mekiki.web;

import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerCheckpoint;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionQuery;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.Subject;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateState;
import io.mekiki.initiative.GateStatus;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeQuery;
import io.mekiki.initiative.InitiativeRow;
import io.mekiki.initiative.Initiatives;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionSearch;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.Instructions;
import io.mekiki.shared.SignedInUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the home page shows a user: for each role they hold, the work waiting for them, gathered from
 * the decision, instruction, initiative and audit modules. A section two roles share is shown once. Each
 * list is read in one query (ADR 013); the initiatives come with their gate progress.
 */
@Component
class HomeOverview {

    static final String EXECUTIVE = "EXECUTIVE";
    static final String RISK_OFFICER = "RISK_OFFICER";
    static final String BUSINESS_OWNER = "BUSINESS_OWNER";
    static final String AUDITOR = "AUDITOR";
    static final String ADMIN = "ADMIN";

    /** The subject type of decisions and instructions about initiatives. */
    private static final String INITIATIVE = "INITIATIVE";

    /** How many of the latest decisions an auditor's home shows. */
    static final int RECENT_DECISIONS = 5;

    /** How many initiatives with blocked gates a risk officer's home shows; the list of initiatives has the rest. */
    static final int BLOCKED_INITIATIVES = 20;

    private final Decisions decisions;
    private final Instructions instructions;
    private final Initiatives initiatives;
    private final AuditLedger ledger;

    HomeOverview(Decisions decisions, Instructions instructions, Initiatives initiatives, AuditLedger ledger) {
        this.decisions = decisions;
        this.instructions = instructions;
        this.initiatives = initiatives;
        this.ledger = ledger;
    }

    Home of(SignedInUser user) {
        Set<String> roles = user.roleNames();
        boolean executive = roles.contains(EXECUTIVE);
        boolean riskOfficer = roles.contains(RISK_OFFICER);
        boolean businessOwner = roles.contains(BUSINESS_OWNER);
        boolean auditor = roles.contains(AUDITOR);
        boolean overview = executive || auditor || roles.contains(ADMIN);
        LocalDate today = instructions.today(user.organizationId());
        List<InitiativeRow> rows = initiatives.search(user, InitiativeQuery.all());
        Map<UUID, InitiativeRow> byId =
                rows.stream().collect(Collectors.toMap(InitiativeRow::id, Function.identity(), (a, b) -> a));
        List<Instruction> mine = riskOfficer || businessOwner ? instructions.assignedTo(user) : List.of();
        return new Home(
                today,
                executive ? executiveDesk(user, today, byId) : null,
                executive || auditor ? stale(user.organizationId(), byId) : null,
                riskOfficer || businessOwner ? openInstructions(mine, today, byId) : null,
                riskOfficer ? blocked(rows) : null,
                riskOfficer ? workingOn(user, rows, mine) : null,
                businessOwner ? owned(user, rows) : null,
                overview ? byPhase(rows) : null,
                auditor ? ledgerState(user.organizationId()) : null,
                auditor ? recentDecisions(user.organizationId(), byId) : null,
                auditor || executive,
                roles.contains(ADMIN));
    }

    private ExecutiveDesk executiveDesk(SignedInUser user, LocalDate today, Map<UUID, InitiativeRow> initiatives) {
        UUID organizationId = user.organizationId();
        List<DecisionLine> waiting = decisions.waiting(organizationId).stream()
                // segregation of duties: nobody decides their own request, so it does not wait for them
                .filter(decision -> !decision.requestedBy().equals(user.userId()))
                .map(decision -> decisionLine(decision, initiatives))
                .toList();
        List<InstructionLine> overdue = instructions.overdue(organizationId, today).stream()
                .map(instruction -> instructionLine(instruction, today, initiatives))
                .toList();
        List<InstructionLine> reports =
                instructions
                        .search(user, new InstructionSearch(null, null, null, InstructionStatus.REPORTED, false))
                        .stream()
                        // the assignee does not review their own report
                        .filter(instruction -> !instruction.assignee().equals(user.userId()))
                        .map(instruction -> instructionLine(instruction, today, initiatives))
                        .toList();
        return new ExecutiveDesk(waiting, reports, overdue);
    }

    private List<DecisionLine> stale(UUID organizationId, Map<UUID, InitiativeRow> initiatives) {
        return decisions.stale(organizationId).stream()
                .map(decision -> decisionLine(decision, initiatives))
                .toList();
    }

    private List<DecisionLine> recentDecisions(UUID organizationId, Map<UUID, InitiativeRow> initiatives) {
        return decisions.recentlyDecided(organizationId, RECENT_DECISIONS).stream()
                .map(decision -> decisionLine(decision, initiatives))
                .toList();
    }

    private LedgerState ledgerState(UUID organizationId) {
        LedgerCheckpoint head = ledger.checkpoint(organizationId);
        return new LedgerState(
                head.entries(),
                head.lastHash(),
                head.lastRecordedAt() == null ? null : Instant.parse(head.lastRecordedAt()));
    }

    /**
     * The open initiatives whose current phase still has gates to pass, each with what holds every gate:
     * a request waiting for an executive, a decision that did not approve, an approval gone stale, or no
     * request at all.
     */
    private static List<BlockedInitiative> blocked(List<InitiativeRow> rows) {
        return rows.stream()
                .filter(row -> !row.phase().closed() && !row.progress().complete())
                .limit(BLOCKED_INITIATIVES)
                .map(row -> new BlockedInitiative(
                        row, row.progress().open().stream().map(BlockedGate::of).toList()))
                .toList();
    }

    /** What the user still has to report on or is waiting to have accepted, by due date. */
    private List<InstructionLine> openInstructions(
            List<Instruction> mine, LocalDate today, Map<UUID, InitiativeRow> initiatives) {
        return mine.stream()
                .filter(instruction -> instruction.status() != InstructionStatus.ACCEPTED)
                .sorted(Comparator.comparing(Instruction::dueDate))
                .map(instruction -> instructionLine(instruction, today, initiatives))
                .toList();
    }

    /**
     * The initiatives the user takes part in: those they asked a decision on, were instructed on, or
     * started. The initiative module has no filter for taking part, so it is put together here.
     */
    private List<Involvement> workingOn(SignedInUser user, List<InitiativeRow> rows, List<Instruction> mine) {
        Map<UUID, Set<Involvement.Part>> parts = new LinkedHashMap<>();
        decisions.search(user, new DecisionQuery(INITIATIVE, null, null, null)).stream()
                .filter(decision -> decision.requestedBy().equals(user.userId()))
                .forEach(decision -> add(parts, decision.subject().id(), Involvement.Part.REQUESTED_DECISION));
        mine.stream()
                .filter(instruction -> INITIATIVE.equals(instruction.subjectType()))
                .forEach(instruction -> add(parts, instruction.subjectId(), Involvement.Part.INSTRUCTED));
        for (InitiativeRow row : rows) {
            // closed initiatives are no longer work; who started one is known by user id, whatever the address
            if (!row.phase().closed() && user.userId().equals(row.createdById())) {
                add(parts, row.id(), Involvement.Part.STARTED);
            }
        }
        return rows.stream()
                .filter(row -> parts.containsKey(row.id()))
                .map(row -> new Involvement(row, parts.get(row.id())))
                .toList();
    }

    private static List<InitiativeRow> owned(SignedInUser user, List<InitiativeRow> rows) {
        return rows.stream()
                .filter(row -> row.businessOwnerId().equals(user.userId()))
                .toList();
    }

    private static List<PhaseCount> byPhase(List<InitiativeRow> rows) {
        Map<InitiativePhase, Long> counts = new EnumMap<>(InitiativePhase.class);
        rows.forEach(row -> counts.merge(row.phase(), 1L, Long::sum));
        return Arrays.stream(InitiativePhase.values())
                .map(phase -> new PhaseCount(phase, counts.getOrDefault(phase, 0L)))
                .toList();
    }

    private DecisionLine decisionLine(Decision decision, Map<UUID, InitiativeRow> initiatives) {
        Subject subject = decision.subject();
        return new DecisionLine(decision, decisions.subjectPath(subject).orElse(null), title(subject, initiatives));
    }

    private InstructionLine instructionLine(
            Instruction instruction, LocalDate today, Map<UUID, InitiativeRow> initiatives) {
        Subject subject = new Subject(instruction.subjectType(), instruction.subjectId());
        return new InstructionLine(
                instruction,
                decisions.subjectPath(subject).orElse(null),
                title(subject, initiatives),
                instruction.overdue(today));
    }

    private static @Nullable String title(Subject subject, Map<UUID, InitiativeRow> initiatives) {
        if (!INITIATIVE.equals(subject.type())) {
            return null;
        }
        InitiativeRow row = initiatives.get(subject.id());
        return row == null ? null : row.title();
    }

    private static void add(Map<UUID, Set<Involvement.Part>> parts, UUID initiativeId, Involvement.Part part) {
        parts.computeIfAbsent(initiativeId, id -> EnumSet.noneOf(Involvement.Part.class))
                .add(part);
    }

    /**
     * The sections of one user's home; a section is null when none of the user's roles shows it.
     *
     * @param ledgerLink whether to point to the audit ledger (auditors and executives read it)
     * @param usersLink whether to point to the user administration
     */
    record Home(
            LocalDate today,
            @Nullable ExecutiveDesk executive,
            @Nullable List<DecisionLine> stale,
            @Nullable List<InstructionLine> myInstructions,
            @Nullable List<BlockedInitiative> blocked,
            @Nullable List<Involvement> workingOn,
            @Nullable List<InitiativeRow> owned,
            @Nullable List<PhaseCount> byPhase,
            @Nullable LedgerState ledger,
            @Nullable List<DecisionLine> recentDecisions,
            boolean ledgerLink,
            boolean usersLink) {}

    /**
     * What waits for an executive.
     *
     * @param reports reports waiting for an executive's review (not the executive's own)
     */
    record ExecutiveDesk(
            List<DecisionLine> waitingForMe, List<InstructionLine> reports, List<InstructionLine> overdue) {}

    /**
     * The state of the organisation's audit ledger.
     *
     * @param headHash the hash of the last entry, which an exported chain must end with
     * @param lastRecordedAt when the last entry was recorded, null for an empty ledger
     */
    record LedgerState(
            long entries, String headHash, @Nullable Instant lastRecordedAt) {

        /** The start of the head's hash, enough to compare by eye with a kept checkpoint. */
        public String shortHash() {
            return headHash.length() > 16 ? headHash.substring(0, 16) + "…" : headHash;
        }
    }

    /** An open initiative and the gates of its phase that are not approved. */
    record BlockedInitiative(InitiativeRow initiative, List<BlockedGate> gates) {}

    /**
     * A gate that holds an initiative in its phase, and the decision that explains why, if any.
     *
     * @param decision the request waiting, the decision that did not approve, or the approval gone stale;
     *     null when nobody has asked for a decision yet
     */
    record BlockedGate(Gate gate, GateState state, @Nullable Decision decision) {

        static BlockedGate of(GateStatus status) {
            Decision decision = switch (status.state()) {
                case WAITING -> first(status.waiting());
                case STALE -> first(status.stale());
                case OPEN -> first(status.notApproved());
                case APPROVED -> null;
            };
            return new BlockedGate(status.gate(), status.state(), decision);
        }

        private static @Nullable Decision first(List<Decision> decisions) {
            return decisions.isEmpty() ? null : decisions.get(0);
        }
    }

    /**
     * A decision with a link to what it is about.
     *
     * @param subjectPath the subject's page, when its module gives one
     * @param subjectTitle the subject's name, when it is an initiative of the organisation
     */
    record DecisionLine(
            Decision decision,
            @Nullable String subjectPath,
            @Nullable String subjectTitle) {}

    /** An instruction with a link to what it is about, and whether its due date has passed. */
    record InstructionLine(
            Instruction instruction,
            @Nullable String subjectPath,
            @Nullable String subjectTitle,
            boolean overdue) {

        /** When the latest report was handed in, null before the first. */
        public @Nullable Instant reportedAt() {
            List<Instruction.Report> reports = instruction.reports();
            return reports.isEmpty() ? null : reports.get(reports.size() - 1).submittedAt();
        }
    }

    /** An initiative and how the user takes part in it. */
    record Involvement(InitiativeRow initiative, Set<Part> parts) {

        enum Part {
            STARTED,
            REQUESTED_DECISION,
            INSTRUCTED
        }

        /** In the order of the enum, for a stable display. */
        public List<Part> sortedParts() {
            return parts.stream().sorted().toList();
        }
    }

    record PhaseCount(InitiativePhase phase, long count) {}
}
