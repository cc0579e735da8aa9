package io.mekiki.profile;

import io.mekiki.audit.LedgerSubjects;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The organisation profile in the audit ledger: one per organisation, named as its page is, linked to it. */
@Component
class ProfileLedgerSubjects implements LedgerSubjects {

    private final MessageSource messages;

    ProfileLedgerSubjects(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(ProfileUpdated.PROFILE);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        String id = organizationId.toString();
        return subjectIds.contains(id)
                ? Map.of(id, SubjectName.of(messages.getMessage("profile.title", null, language), "/profile"))
                : Map.of();
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        boolean named = List.of(Locale.JAPANESE, Locale.ENGLISH).stream()
                .anyMatch(language -> messages.getMessage("profile.title", null, language)
                        .toLowerCase(Locale.ROOT)
                        .contains(needle));
        return named ? List.of(organizationId.toString()) : List.of();
    }
}
