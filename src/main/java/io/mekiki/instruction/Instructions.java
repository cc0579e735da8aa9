package io.mekiki.instruction;

import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Instructions and reports. Every change writes to the audit ledger. Refusals are
 * {@link io.mekiki.shared.RuleViolationException}s; acting out of role is an AccessDeniedException.
 */
public interface Instructions {

    /** An EXECUTIVE instructs someone of the same organisation. */
    Instruction issue(SignedInUser executive, NewInstruction instruction);

    /** The assignee reports while the instruction is open; attachments are checked for size and type. */
    Instruction report(SignedInUser assignee, UUID instructionId, String text, List<Upload> attachments);

    /** An EXECUTIVE accepts the waiting report. */
    Instruction accept(SignedInUser executive, UUID instructionId, String comment);

    /** An EXECUTIVE sends the waiting report back; the comment is required and the instruction opens again. */
    Instruction sendBack(SignedInUser executive, UUID instructionId, String comment);

    Instruction instruction(SignedInUser reader, UUID instructionId);

    List<Instruction> ofSubject(UUID organizationId, String subjectType, UUID subjectId);

    /** The instructions on several subjects of one type, read in one statement (for lists). */
    List<Instruction> ofSubjects(UUID organizationId, String subjectType, Collection<UUID> subjectIds);

    List<Instruction> assignedTo(SignedInUser user);

    List<Instruction> overdue(UUID organizationId, LocalDate today);

    AttachmentContent attachment(SignedInUser reader, UUID attachmentId);

    List<InstructionTemplate> templates(LifeCyclePhase phase);

    /** The instructions of the reader's organisation that the search asks for, by due date. */
    List<Instruction> search(SignedInUser reader, InstructionSearch search);

    /** The keys a list of instructions sorts by: title, due (date), status (in the order of the work), issued. */
    List<String> SORT_KEYS = List.of("title", "due", "status", "issued");

    /** Lists show the instructions due first at the top. */
    ListOrder DEFAULT_ORDER = ListOrder.ascending("due");

    /**
     * One page of the instructions the search asks for, in the order asked for.
     *
     * @throws io.mekiki.shared.RuleViolationException naming {@code sort} for a key not in {@link #SORT_KEYS}
     */
    ListPage<Instruction> page(SignedInUser reader, InstructionSearch search, ListOrder order, int page, int size);

    /**
     * The titles of the instructions' subjects (e.g. the initiatives' titles), by subject id, from the
     * modules that own them; one query per subject type.
     */
    Map<UUID, String> subjectTitles(UUID organizationId, Collection<Instruction> instructions);

    /** Every template, phase by phase. */
    List<InstructionTemplate> templates();

    Optional<InstructionTemplate> template(String code);

    /** Today as the organisation's due dates count it: the calendar day in its time zone (profile). */
    LocalDate today(UUID organizationId);
}
