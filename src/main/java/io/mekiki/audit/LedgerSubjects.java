package io.mekiki.audit;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by a module whose records appear in the ledger as subjects, so that the ledger can call
 * them by name (and link to their page) without knowing the module: the ledger stores only a subject
 * type and id.
 */
public interface LedgerSubjects {

    /** The subject types this module names, e.g. {@code INITIATIVE}. */
    Set<String> subjectTypes();

    /**
     * The names of the subjects of one type in the organisation, by subject id; an id the module no
     * longer knows (or of another organisation) is left out.
     */
    Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language);

    /** The ids of the organisation's subjects of the type whose name contains the text, ignoring case. */
    List<String> idsNamed(UUID organizationId, String subjectType, String text);

    /**
     * How a subject is called.
     *
     * @param path the address of its page, or null when it has none the ledger's readers may open
     * @param withinType with {@code withinId}, the subject this one belongs to (a decision's initiative),
     *     named in the same sentence; null when it stands on its own
     */
    record SubjectName(
            String name,
            @Nullable String path,
            @Nullable String withinType,
            @Nullable String withinId) {

        public static SubjectName of(String name, @Nullable String path) {
            return new SubjectName(name, path, null, null);
        }
    }
}
