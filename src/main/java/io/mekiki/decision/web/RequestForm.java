package io.mekiki.decision.web;

import io.mekiki.decision.Basis;
import io.mekiki.decision.EvidenceLink;
import io.mekiki.decision.NewDecision;
import io.mekiki.decision.Subject;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The request form that other modules' pages embed ({@code decision/parts :: request-form}): options and
 * evidence are typed one per line; an evidence line is an address (a path inside Mekiki, a web address or
 * an id) optionally followed by a label. Kept in the flash scope when refused, so it must be serializable.
 */
public class RequestForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String subjectType = "";
    private String subjectId = "";
    private String topic = "";
    private String title = "";
    private String proposal = "";
    private String options = "";
    private String evidence = "";
    private String returnTo = "";
    private boolean openDecision;

    /** The request as typed; a subject id that is no id becomes null and is refused as missing. */
    NewDecision newDecision() {
        return new NewDecision(
                new Subject(subjectType.strip(), uuid(subjectId)),
                topic,
                title,
                proposal,
                Lines.of(options),
                evidenceLinks(evidence),
                new Basis(Map.of()));
    }

    static List<EvidenceLink> evidenceLinks(String text) {
        return Lines.of(text).stream().map(RequestForm::evidenceLink).toList();
    }

    private static EvidenceLink evidenceLink(String line) {
        String[] parts = line.split("\\s+", 2);
        String reference = parts[0];
        String label = parts.length > 1 ? parts[1] : reference;
        String kind = reference.startsWith("http://") || reference.startsWith("https://")
                ? "URL"
                : reference.startsWith("/") ? "LINK" : "REFERENCE";
        return new EvidenceLink(kind, reference, label);
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** Whether this form was typed for the given subject and topic (a page may embed several). */
    public boolean concerns(Object subjectId, String topic) {
        return String.valueOf(subjectId).equals(this.subjectId) && this.topic.equals(topic);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType == null ? "" : subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId == null ? "" : subjectId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic == null ? "" : topic;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal == null ? "" : proposal;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options == null ? "" : options;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence == null ? "" : evidence;
    }

    /**
     * The form field a refusal concerns: the API names an evidence line as {@code evidence[2].reference},
     * the form has one field for all lines.
     */
    static @org.jspecify.annotations.Nullable String formField(@org.jspecify.annotations.Nullable String field) {
        return field != null && (field.equals("evidence") || field.startsWith("evidence[")) ? "evidence" : field;
    }

    /** Whether a successful request opens the new decision's page rather than returning to the form's page. */
    public boolean isOpenDecision() {
        return openDecision;
    }

    public void setOpenDecision(boolean openDecision) {
        this.openDecision = openDecision;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo == null ? "" : returnTo;
    }
}
