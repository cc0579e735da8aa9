package io.mekiki.instruction;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.PageReads;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.SubjectDirectory;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructions of the signed-in user's organisation. Executives issue and review; the assignee
 * reports. Every change is recorded in the audit ledger in the same transaction.
 */
@Service
class InstructionService implements Instructions {

    static final String EXECUTIVES = "hasRole('EXECUTIVE')";
    /** Everyone who can be given work; auditors only read. */
    static final String WORKERS = "hasAnyRole('EXECUTIVE', 'RISK_OFFICER', 'BUSINESS_OWNER', 'ADMIN')";

    private final InstructionStore store;
    private final InstructionQueries queries;
    private final Members members;
    private final CatalogReleases catalog;
    private final AttachmentSettings attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<SubjectDirectory> subjects;
    private final OrganizationTime organizationTime;

    InstructionService(
            InstructionStore store,
            InstructionQueries queries,
            Members members,
            CatalogReleases catalog,
            AttachmentSettings attachments,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<SubjectDirectory> subjects,
            OrganizationTime organizationTime) {
        this.subjects = subjects;
        this.organizationTime = organizationTime;
        this.store = store;
        this.queries = queries;
        this.members = members;
        this.catalog = catalog;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(EXECUTIVES)
    public Instruction issue(SignedInUser executive, NewInstruction request) {
        UUID organizationId = executive.organizationId();
        IssuedInstruction.Issue issue = IssuedInstruction.issue(
                organizationId, executive.userId(), request, today(organizationId), clock.instant());
        requireOwnSubject(organizationId, issue.subjectType(), issue.subjectId());
        requireAssignable(organizationId, issue.assignee());
        requireKnownCheckItems(organizationId, issue.checkItemIds());
        if (issue.templateCode() != null
                && InstructionTemplates.byCode(issue.templateCode()).isEmpty()) {
            throw InstructionRuleViolation.invalid(
                    "templateCode", "instruction.error.templateUnknown", issue.templateCode());
        }
        store.insert(issue);
        events.publishEvent(new InstructionIssued(
                organizationId,
                executive.actor(),
                issue.id(),
                issue.subjectType(),
                issue.subjectId(),
                issue.gateTopic(),
                issue.facts()));
        return read(organizationId, issue.id());
    }

    @Override
    @Transactional
    @PreAuthorize(WORKERS)
    public Instruction report(SignedInUser assignee, UUID instructionId, String text, List<Upload> uploads) {
        IssuedInstruction instruction = load(assignee, instructionId);
        IssuedInstruction.NewReport report = instruction.report(assignee.userId(), text, clock.instant());
        List<Upload> files = uploads == null ? List.of() : uploads;
        if (files.size() > attachments.maxFiles()) {
            throw InstructionRuleViolation.invalid("files", "instruction.error.tooManyFiles", attachments.maxFiles());
        }
        AttachmentInspection inspection =
                new AttachmentInspection(attachments.maxSize().toBytes());
        List<AttachmentInspection.InspectedFile> inspected =
                files.stream().map(inspection::inspect).toList();

        store.saveStatus(instruction);
        store.insert(report);
        List<ReportSubmitted.File> stored = new ArrayList<>();
        for (int position = 0; position < inspected.size(); position++) {
            AttachmentInspection.InspectedFile file = inspected.get(position);
            UUID attachmentId = UUID.randomUUID();
            store.insertAttachment(attachmentId, assignee.organizationId(), report, position, file);
            stored.add(new ReportSubmitted.File(
                    attachmentId, file.fileName(), file.mediaType(), file.size(), file.sha256()));
        }
        events.publishEvent(new ReportSubmitted(
                assignee.organizationId(), assignee.actor(), instructionId, report.id(), report.text(), stored));
        return read(assignee.organizationId(), instructionId);
    }

    @Override
    @Transactional
    @PreAuthorize(EXECUTIVES)
    public Instruction accept(SignedInUser executive, UUID instructionId, String comment) {
        IssuedInstruction instruction = load(executive, instructionId);
        IssuedInstruction.NewReview review = instruction.accept(executive.userId(), comment, clock.instant());
        return saveReview(executive, instruction, review, true);
    }

    @Override
    @Transactional
    @PreAuthorize(EXECUTIVES)
    public Instruction sendBack(SignedInUser executive, UUID instructionId, String comment) {
        IssuedInstruction instruction = load(executive, instructionId);
        IssuedInstruction.NewReview review = instruction.sendBack(executive.userId(), comment, clock.instant());
        return saveReview(executive, instruction, review, false);
    }

    private Instruction saveReview(
            SignedInUser executive,
            IssuedInstruction instruction,
            IssuedInstruction.NewReview review,
            boolean accepted) {
        store.saveStatus(instruction);
        store.insert(review);
        Instruction reviewed = read(executive.organizationId(), instruction.id());
        if (accepted) {
            events.publishEvent(new ReportAccepted(
                    executive.organizationId(),
                    executive.actor(),
                    instruction.id(),
                    review.reportId(),
                    review.comment(),
                    reviewed.subjectType(),
                    reviewed.subjectId(),
                    reviewed.gateTopic()));
        } else {
            events.publishEvent(new ReportSentBack(
                    executive.organizationId(),
                    executive.actor(),
                    instruction.id(),
                    review.reportId(),
                    review.comment()));
        }
        return reviewed;
    }

    @Override
    @Transactional(readOnly = true)
    public Instruction instruction(SignedInUser reader, UUID instructionId) {
        return read(reader.organizationId(), instructionId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instruction> ofSubject(UUID organizationId, String subjectType, UUID subjectId) {
        return PageReads.once(
                List.of("instruction.ofSubject", organizationId, subjectType, subjectId),
                () -> List.copyOf(queries.ofSubject(organizationId, subjectType, subjectId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instruction> ofSubjects(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        return queries.ofSubjects(organizationId, subjectType, subjectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instruction> assignedTo(SignedInUser user) {
        return queries.find(
                user.organizationId(),
                new InstructionSearch(null, null, user.userId(), null, false),
                today(user.organizationId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instruction> overdue(UUID organizationId, LocalDate today) {
        return queries.find(organizationId, new InstructionSearch(null, null, null, null, true), today);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Instruction> search(SignedInUser reader, InstructionSearch search) {
        return queries.find(reader.organizationId(), search, today(reader.organizationId()));
    }

    @Override
    @Transactional(readOnly = true)
    public ListPage<Instruction> page(
            SignedInUser reader, InstructionSearch search, ListOrder order, int page, int size) {
        ListOrder checked = ListOrder.parse(order.parameter(), DEFAULT_ORDER, SORT_KEYS);
        return queries.page(
                reader.organizationId(),
                search,
                today(reader.organizationId()),
                checked,
                Math.max(0, page),
                Math.max(1, size));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> subjectTitles(UUID organizationId, Collection<Instruction> instructions) {
        Map<String, Set<UUID>> idsByType = new HashMap<>();
        instructions.forEach(instruction -> idsByType
                .computeIfAbsent(instruction.subjectType(), type -> new HashSet<>())
                .add(instruction.subjectId()));
        Map<UUID, String> titles = new HashMap<>();
        idsByType.forEach((type, ids) -> subjects.orderedStream()
                .filter(directory -> directory.subjectType().equals(type))
                .findFirst()
                .ifPresent(directory -> titles.putAll(directory.titles(organizationId, ids))));
        return titles;
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent attachment(SignedInUser reader, UUID attachmentId) {
        return store.attachment(reader.organizationId(), attachmentId)
                .orElseThrow(() -> new NotFoundException("ATTACHMENT", attachmentId));
    }

    @Override
    public List<InstructionTemplate> templates(LifeCyclePhase phase) {
        return InstructionTemplates.of(phase);
    }

    @Override
    public List<InstructionTemplate> templates() {
        return InstructionTemplates.ALL;
    }

    @Override
    public Optional<InstructionTemplate> template(String code) {
        return InstructionTemplates.byCode(code);
    }

    @Override
    public LocalDate today(UUID organizationId) {
        return organizationTime.today(organizationId);
    }

    /** The assignee must be able to sign in, belong to the organisation and hold a role that does work. */
    /** Another organisation's subject is refused exactly like one that does not exist. */
    private void requireOwnSubject(UUID organizationId, String subjectType, UUID subjectId) {
        SubjectDirectory directory = subjects.orderedStream()
                .filter(candidate -> candidate.subjectType().equals(subjectType))
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException(
                        "subjectType", "instruction.error.unknownSubjectType", subjectType));
        if (!directory.exists(organizationId, subjectId)) {
            throw new UnknownReferenceException("subjectId", "instruction.error.unknownSubject");
        }
    }

    private void requireAssignable(UUID organizationId, UUID assignee) {
        Members.Member member = members.member(organizationId, assignee)
                .orElseThrow(() -> InstructionRuleViolation.invalid("assignee", "instruction.error.assigneeUnknown"));
        if (!member.active()) {
            throw InstructionRuleViolation.invalid(
                    "assignee", "instruction.error.assigneeInactive", member.displayName());
        }
        if (member.roles().stream().allMatch(role -> role == Role.AUDITOR)) {
            throw InstructionRuleViolation.invalid(
                    "assignee", "instruction.error.assigneeAuditor", member.displayName());
        }
    }

    private void requireKnownCheckItems(UUID organizationId, List<String> checkItemIds) {
        if (checkItemIds.isEmpty()) {
            return;
        }
        CatalogRelease release = catalog.current(organizationId);
        for (String id : checkItemIds) {
            if (release.item(id).isEmpty()) {
                throw InstructionRuleViolation.invalid("checkItemIds", "instruction.error.checkItemUnknown", id);
            }
        }
    }

    private IssuedInstruction load(SignedInUser user, UUID instructionId) {
        return store.load(user.organizationId(), instructionId)
                .orElseThrow(() -> new NotFoundException(InstructionChange.INSTRUCTION, instructionId));
    }

    private Instruction read(UUID organizationId, UUID instructionId) {
        @Nullable Instruction found = queries.one(organizationId, instructionId);
        if (found == null) {
            throw new NotFoundException(InstructionChange.INSTRUCTION, instructionId);
        }
        return found;
    }
}
