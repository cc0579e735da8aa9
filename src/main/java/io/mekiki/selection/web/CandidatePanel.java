package io.mekiki.selection.web;

import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.provider.ServiceRow;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.SignedInUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The candidates panel of the initiative page: in preparation and selection with the form to add one;
 * later, while there are candidates, their list alone.
 */
@Component
@Order(10)
class CandidatePanel implements InitiativePanel {

    /** How many services the panel's choice offers; the search page finds the others. */
    static final int CHOICES = 200;

    private final Candidates candidates;
    private final ServiceRegister services;
    private final CandidateChoices choices;

    CandidatePanel(Candidates candidates, ServiceRegister services, CandidateChoices choices) {
        this.candidates = candidates;
        this.services = services;
        this.choices = choices;
    }

    @Override
    public Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale) {
        boolean choosing = Candidates.CHOOSING.contains(initiative.phase());
        List<Candidate> all = candidates.candidates(user, initiative);
        if (!choosing && all.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> taken =
                all.stream().filter(Candidate::open).map(Candidate::serviceId).collect(Collectors.toSet());
        List<ServiceRow> choices = choosing
                ? services.search(user, null, null, 0, CHOICES).items().stream()
                        .filter(service -> !taken.contains(service.id()))
                        .toList()
                : List.of();
        return Optional.of(new Content(
                "selection/parts",
                new Data(
                        initiative.id(),
                        choosing,
                        all.stream()
                                .map(candidate -> CandidateRow.of(candidate, locale))
                                .toList(),
                        choices,
                        this.choices
                                .chosenOf(user.organizationId(), initiative.id())
                                .orElse(null))));
    }

    /** @param chosen the candidate the initiative proposes to select, if any (ADR 030) */
    record Data(
            UUID initiativeId,
            boolean choosing,
            List<CandidateRow> rows,
            List<ServiceRow> choices,
            @Nullable UUID chosen) {}
}
