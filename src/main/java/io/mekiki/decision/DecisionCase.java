package io.mekiki.decision;

import io.mekiki.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One request for an executive decision and, once made, the decision. It changes only through its
 * methods: a request can be reworded while it waits; it is decided once, not by its requester, with a
 * rationale; after that only its follow-up conditions can be marked done and it can become stale.
 */
@Table("decision_decision")
class DecisionCase {

    static final int TOPIC_MAX = 100;
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20_000;
    static final int OPTIONS_MAX = 20;
    static final int OPTION_MAX = 1_000;
    static final int EVIDENCE_MAX = 50;
    static final int REFERENCE_MAX = 2_000;
    static final int LABEL_MAX = 300;
    static final int CONDITIONS_MAX = 50;
    static final int CONDITION_MAX = 1_000;

    /** Subject types and evidence kinds are codes such as {@code INITIATIVE} or {@code REPORT}. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    @Id
    private final UUID id;

    private final UUID organizationId;
    private final String subjectType;
    private final UUID subjectId;
    private final String topic;
    private String title;
    private String proposal;

    @MappedCollection(idColumn = "decision_id", keyColumn = "position")
    private List<DecisionOption> options;

    @MappedCollection(idColumn = "decision_id", keyColumn = "position")
    private List<DecisionEvidence> evidence;

    private final UUID requestedBy;
    private final String requestedByName;
    private final Instant requestedAt;
    private DecisionStatus status;
    private @Nullable DecisionOutcome outcome;
    private @Nullable String rationale;

    @MappedCollection(idColumn = "decision_id", keyColumn = "position")
    private List<FollowUp> conditions;

    private @Nullable UUID decidedBy;
    private @Nullable String decidedByName;
    private @Nullable Instant decidedAt;
    private String basisJson;
    private String basisHash;
    private @Nullable Instant staleSince;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    DecisionCase(
            UUID id,
            UUID organizationId,
            String subjectType,
            UUID subjectId,
            String topic,
            String title,
            String proposal,
            List<DecisionOption> options,
            List<DecisionEvidence> evidence,
            UUID requestedBy,
            String requestedByName,
            Instant requestedAt,
            DecisionStatus status,
            @Nullable DecisionOutcome outcome,
            @Nullable String rationale,
            List<FollowUp> conditions,
            @Nullable UUID decidedBy,
            @Nullable String decidedByName,
            @Nullable Instant decidedAt,
            String basisJson,
            String basisHash,
            @Nullable Instant staleSince,
            @Nullable Long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.topic = topic;
        this.title = title;
        this.proposal = proposal;
        this.options = new ArrayList<>(options);
        this.evidence = new ArrayList<>(evidence);
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.requestedAt = requestedAt;
        this.status = status;
        this.outcome = outcome;
        this.rationale = rationale;
        this.conditions = new ArrayList<>(conditions);
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.basisJson = basisJson;
        this.basisHash = basisHash;
        this.staleSince = staleSince;
        this.version = version;
    }

    static DecisionCase request(
            UUID organizationId,
            UUID requesterId,
            String requesterName,
            NewDecision request,
            FrozenBasis basis,
            Instant now) {
        Subject subject = request.subject();
        if (subject == null || subject.id() == null) {
            throw DecisionRuleViolation.invalid("subjectId", "decision.error.subjectRequired");
        }
        if (subject.type() == null || !CODE.matcher(subject.type()).matches()) {
            throw DecisionRuleViolation.invalid("subjectType", "decision.error.subjectType");
        }
        String topic = required("topic", request.topic(), TOPIC_MAX);
        Wording wording = wording(request.title(), request.proposal(), request.options(), request.evidence());
        return new DecisionCase(
                UUID.randomUUID(),
                organizationId,
                subject.type(),
                subject.id(),
                topic,
                wording.title(),
                wording.proposal(),
                wording.options(),
                wording.evidence(),
                requesterId,
                requesterName,
                now,
                DecisionStatus.REQUESTED,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                basis.json(),
                basis.hash(),
                null,
                null);
    }

    /** Rewords the open request and freezes the basis again; returns what changed (empty when nothing did). */
    Map<String, Object> revise(RequestRevision revision, FrozenBasis basis) {
        requireOpen("decision.error.decidedCannotChange");
        // uploaded files stay with the request: a revision rewords its links and cannot replace a file
        List<EvidenceLink> links = revision.evidence() == null
                ? List.of()
                : revision.evidence().stream()
                        .filter(link -> link == null || !EvidenceLink.FILE.equals(link.kind()))
                        .toList();
        Wording wording = wording(revision.title(), revision.proposal(), revision.options(), links);
        Map<String, Object> before = wordingFacts();
        List<DecisionEvidence> uploads =
                evidence.stream().filter(DecisionEvidence::upload).toList();
        this.title = wording.title();
        this.proposal = wording.proposal();
        this.options = new ArrayList<>(wording.options());
        this.evidence = new ArrayList<>(wording.evidence());
        this.evidence.addAll(uploads);
        Map<String, Object> after = wordingFacts();
        Map<String, Object> changes = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                changes.put(field, Map.of("before", value, "after", after.get(field)));
            }
        });
        if (!basis.hash().equals(basisHash)) {
            changes.put("basisHash", Map.of("before", basisHash, "after", basis.hash()));
            this.basisJson = basis.json();
            this.basisHash = basis.hash();
        }
        return changes;
    }

    /**
     * Decides, once, by someone other than the requester, with a rationale; conditions only, and at
     * least one, for an approval with conditions.
     *
     * @param basis the basis as it is now, frozen again with the decision; null keeps the request's
     */
    void decide(
            UUID deciderId,
            String deciderName,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions,
            @Nullable FrozenBasis basis,
            Instant now) {
        requireOpen("decision.error.alreadyDecided");
        if (deciderId.equals(requestedBy)) {
            throw DecisionRuleViolation.notForWhoAsks("decision.error.ownRequest");
        }
        if (outcome == null) {
            throw DecisionRuleViolation.invalid("outcome", "decision.error.outcomeRequired");
        }
        if (rationale == null || rationale.isBlank()) {
            throw DecisionRuleViolation.invalid("rationale", "decision.error.rationaleRequired");
        }
        String checkedRationale = required("rationale", rationale, TEXT_MAX);
        List<String> followUps = lines(conditions);
        if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS && followUps.isEmpty()) {
            throw DecisionRuleViolation.invalid("conditions", "decision.error.conditionsRequired");
        }
        if (outcome != DecisionOutcome.APPROVED_WITH_CONDITIONS && !followUps.isEmpty()) {
            throw DecisionRuleViolation.invalid("conditions", "decision.error.conditionsOnlyWithConditions");
        }
        if (followUps.size() > CONDITIONS_MAX) {
            throw DecisionRuleViolation.invalid("conditions", "decision.error.tooMany", CONDITIONS_MAX);
        }
        for (String followUp : followUps) {
            required("conditions", followUp, CONDITION_MAX);
        }
        this.status = DecisionStatus.DECIDED;
        this.outcome = outcome;
        this.rationale = checkedRationale;
        this.conditions = new ArrayList<>(followUps.stream().map(FollowUp::open).toList());
        this.decidedBy = deciderId;
        this.decidedByName = deciderName;
        this.decidedAt = now;
        if (basis != null) {
            this.basisJson = basis.json();
            this.basisHash = basis.hash();
        }
    }

    /**
     * Adds an uploaded file to the open request's evidence; returns the entry as the ledger records it.
     *
     * @param reference where the file is downloaded
     */
    Map<String, Object> addFile(EvidenceFile file, String reference) {
        requireOpen("decision.error.decidedCannotChange");
        if (evidence.size() >= EVIDENCE_MAX) {
            throw DecisionRuleViolation.invalid("file", "decision.error.tooMany", EVIDENCE_MAX);
        }
        DecisionEvidence added = DecisionEvidence.of(file, reference);
        evidence.add(added);
        return evidenceFacts(added);
    }

    /** The uploaded file of this decision's evidence with the given id, if there is one. */
    java.util.Optional<EvidenceFile> file(UUID fileId) {
        return evidence.stream()
                .map(DecisionEvidence::file)
                .filter(file -> file != null && file.id().equals(fileId))
                .findFirst();
    }

    UUID organizationId() {
        return organizationId;
    }

    /** Marks a follow-up condition done; returns it. */
    FollowUp conditionDone(UUID conditionId, UUID userId, String userName, Instant now) {
        for (int i = 0; i < conditions.size(); i++) {
            FollowUp condition = conditions.get(i);
            if (condition.conditionId().equals(conditionId)) {
                if (condition.done()) {
                    throw DecisionRuleViolation.inConflict("decision.error.conditionAlreadyDone");
                }
                FollowUp done = condition.doneBy(userId, userName, now);
                conditions.set(i, done);
                return done;
            }
        }
        throw new NotFoundException("CONDITION", conditionId);
    }

    /**
     * An approval made on a basis other than {@code currentHash} becomes stale, once; true when it did
     * just now.
     */
    boolean becomeStaleUnlessBasedOn(String currentHash, Instant now) {
        if (!approved() || staleSince != null || basisHash.equals(currentHash)) {
            return false;
        }
        this.staleSince = now;
        return true;
    }

    boolean approved() {
        return status == DecisionStatus.DECIDED && outcome != null && outcome.approves();
    }

    boolean requestedBy(UUID userId) {
        return requestedBy.equals(userId);
    }

    UUID id() {
        return id;
    }

    Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    String topic() {
        return topic;
    }

    String basisJson() {
        return basisJson;
    }

    String basisHash() {
        return basisHash;
    }

    /** Everything the ledger records about a new request. */
    Map<String, Object> requestFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("subjectType", subjectType);
        facts.put("subjectId", subjectId.toString());
        facts.put("topic", topic);
        facts.putAll(wordingFacts());
        facts.put("basisHash", basisHash);
        return facts;
    }

    /** Everything the ledger records about a decision. */
    Map<String, Object> decisionFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("subjectType", subjectType);
        facts.put("subjectId", subjectId.toString());
        facts.put("topic", topic);
        facts.put("outcome", String.valueOf(outcome));
        facts.put("rationale", rationale);
        facts.put(
                "conditions",
                conditions.stream()
                        .map(condition -> Map.of("id", condition.conditionId().toString(), "text", condition.text()))
                        .toList());
        facts.put("requestedBy", requestedBy.toString());
        // the files decided on, by their SHA-256: an auditor can prove a file is the one decided on
        facts.put(
                "evidenceFiles",
                evidence.stream()
                        .filter(DecisionEvidence::upload)
                        .map(DecisionCase::evidenceFacts)
                        .toList());
        facts.put("basisHash", basisHash);
        return facts;
    }

    Decision view() {
        return new Decision(
                id,
                organizationId,
                subject(),
                topic,
                title,
                proposal,
                options.stream().map(DecisionOption::text).toList(),
                evidence.stream().map(DecisionEvidence::link).toList(),
                requestedBy,
                requestedByName,
                requestedAt,
                status,
                outcome,
                rationale,
                conditions.stream().map(FollowUp::view).toList(),
                decidedBy,
                decidedByName,
                decidedAt,
                basisJson,
                basisHash,
                staleSince != null,
                staleSince);
    }

    private void requireOpen(String messageCode) {
        if (status != DecisionStatus.REQUESTED) {
            throw DecisionRuleViolation.inConflict(messageCode);
        }
    }

    private Map<String, Object> wordingFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("title", title);
        facts.put("proposal", proposal);
        facts.put("options", options.stream().map(DecisionOption::text).toList());
        facts.put("evidence", evidence.stream().map(DecisionCase::evidenceFacts).toList());
        return facts;
    }

    /** An evidence entry as the ledger records it; an upload with its file's name, type, size and SHA-256. */
    private static Map<String, Object> evidenceFacts(DecisionEvidence entry) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", entry.kind());
        facts.put("reference", entry.reference());
        facts.put("label", entry.label());
        if (entry.upload()) {
            facts.put("fileName", entry.fileName());
            facts.put("mediaType", entry.fileMediaType());
            facts.put("size", entry.fileSize());
            facts.put("sha256", entry.fileSha256());
        }
        return facts;
    }

    private static Wording wording(String title, String proposal, List<String> options, List<EvidenceLink> evidence) {
        String checkedTitle = required("title", title, TITLE_MAX);
        String checkedProposal = required("proposal", proposal, TEXT_MAX);
        List<String> optionTexts = lines(options);
        if (optionTexts.isEmpty()) {
            throw DecisionRuleViolation.invalid("options", "decision.error.optionsRequired");
        }
        if (optionTexts.size() > OPTIONS_MAX) {
            throw DecisionRuleViolation.invalid("options", "decision.error.tooMany", OPTIONS_MAX);
        }
        optionTexts.forEach(option -> required("options", option, OPTION_MAX));
        List<EvidenceLink> links = evidence == null ? List.of() : evidence;
        if (links.size() > EVIDENCE_MAX) {
            throw DecisionRuleViolation.invalid("evidence", "decision.error.tooMany", EVIDENCE_MAX);
        }
        List<DecisionEvidence> checkedEvidence = new ArrayList<>();
        for (EvidenceLink link : links) {
            checkedEvidence.add(evidence(link));
        }
        return new Wording(
                checkedTitle,
                checkedProposal,
                optionTexts.stream().map(DecisionOption::new).toList(),
                checkedEvidence);
    }

    private static DecisionEvidence evidence(EvidenceLink link) {
        if (link == null || link.kind() == null || !CODE.matcher(link.kind()).matches()) {
            throw DecisionRuleViolation.invalid("evidence", "decision.error.evidenceKind");
        }
        if (EvidenceLink.FILE.equals(link.kind())) {
            // only an upload makes file evidence: a client cannot claim a file and its hash
            throw DecisionRuleViolation.invalid("evidence", "decision.error.evidenceFileByUpload");
        }
        String reference = required("evidence", link.reference(), REFERENCE_MAX);
        if (reference.chars().anyMatch(Character::isWhitespace)) {
            throw DecisionRuleViolation.invalid("evidence", "decision.error.evidenceReference");
        }
        String label = link.label() == null || link.label().isBlank() ? reference : link.label();
        return DecisionEvidence.link(link.kind(), reference, required("evidence", label, LABEL_MAX));
    }

    /** Trimmed, non-blank entries; blank ones (e.g. empty lines of a form) are left out. */
    private static List<String> lines(List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        return entries.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw DecisionRuleViolation.invalid(field, "decision.error.required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw DecisionRuleViolation.invalid(field, "decision.error.tooLong", max);
        }
        return stripped;
    }

    private record Wording(
            String title, String proposal, List<DecisionOption> options, List<DecisionEvidence> evidence) {}
}
