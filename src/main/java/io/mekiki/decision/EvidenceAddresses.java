package io.mekiki.decision;

import io.mekiki.instruction.Instructions;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.ReturnPaths;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks where evidence points before a request keeps it: a path inside Mekiki must lead to a record of
 * the requester's organisation (a decision, an instruction with its report, a report attachment, or a
 * subject whose module gives its page), a web address must be http or https. Anything else (other
 * schemes such as {@code javascript:} or {@code ftp:}, bare ids, paths to nothing) is refused as invalid
 * input naming the evidence's field, the same for another organisation's record as for none at all. Other
 * modules that keep evidence links (answers of assessments) check them here too, under the same rules.
 */
@Component
public class EvidenceAddresses {

    /** A path whose record is named by the id after its collection, e.g. {@code /decisions/{id}#basis}. */
    private static final Pattern RECORD_PATH = Pattern.compile(
            "^(/[A-Za-z0-9/_-]*?)/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})([/?#].*)?$");

    private final DecisionCases cases;
    private final SubjectSources subjects;
    private final Instructions instructions;

    EvidenceAddresses(DecisionCases cases, ObjectProvider<DecisionSubjects> subjects, Instructions instructions) {
        this.cases = cases;
        this.subjects = new SubjectSources(subjects);
        this.instructions = instructions;
    }

    /** Refuses the first link that leads nowhere allowed, naming it as {@code evidence[i].reference}. */
    void check(SignedInUser requester, List<EvidenceLink> evidence) {
        if (evidence == null) {
            return;
        }
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceLink link = evidence.get(i);
            if (link == null || link.reference() == null || link.reference().isBlank()) {
                continue; // the request's own rules refuse it as missing
            }
            check(requester, "evidence[" + i + "].reference", link.reference());
        }
    }

    /**
     * Refuses a link that leads nowhere allowed (400 naming {@code field}): an http or https address, or a
     * path to a record of the user's organisation.
     */
    public void check(SignedInUser user, String field, String link) {
        String reference = link.strip();
        if (isWebAddress(reference)) {
            return;
        }
        if (!reference.startsWith("/") || ReturnPaths.safe(reference, null) == null) {
            throw new UnknownReferenceException(field, "decision.error.evidenceAddress", reference);
        }
        if (!leadsToOwnRecord(user, reference)) {
            throw new UnknownReferenceException(field, "decision.error.evidenceNotFound", reference);
        }
    }

    static boolean isWebAddress(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        if (reference.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(reference);
            return uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private boolean leadsToOwnRecord(SignedInUser requester, String path) {
        Matcher matcher = RECORD_PATH.matcher(path);
        if (!matcher.matches()) {
            return false;
        }
        String collection = matcher.group(1);
        UUID id = UUID.fromString(matcher.group(2));
        UUID organizationId = requester.organizationId();
        try {
            return switch (collection) {
                case "/decisions" ->
                    cases.findByIdAndOrganizationId(id, organizationId).isPresent();
                case "/instructions" -> instructions.instruction(requester, id) != null;
                case "/instructions/attachments", "/api/v1/attachments" ->
                    instructions.attachment(requester, id) != null;
                default ->
                    subjects.all().stream().anyMatch(source -> {
                        String page = source.pagePath(new Subject(source.subjectType(), id));
                        return (collection + "/" + id).equalsIgnoreCase(page) && source.exists(organizationId, id);
                    });
            };
        } catch (NotFoundException | org.springframework.security.access.AccessDeniedException notOurs) {
            return false;
        }
    }
}
