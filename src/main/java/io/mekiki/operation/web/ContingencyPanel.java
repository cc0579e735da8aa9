package io.mekiki.operation.web;

import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.operation.Contingencies;
import io.mekiki.operation.ContingencySummary;
import io.mekiki.shared.SignedInUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The contingencies on the initiative page: those that affected it, open ones first, and for executives the way
 * to open one. Shown in service-level management, and in any phase once a contingency affected the initiative.
 */
@Component
@Order(80)
class ContingencyPanel implements InitiativePanel {

    private final Contingencies contingencies;

    ContingencyPanel(Contingencies contingencies) {
        this.contingencies = contingencies;
    }

    @Override
    public Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale) {
        List<ContingencySummary> affecting = contingencies.ofInitiative(user, initiative.id());
        if (affecting.isEmpty() && initiative.phase() != InitiativePhase.OPERATION) {
            return Optional.empty();
        }
        return Optional.of(new Content(
                "contingency/parts",
                new Data(
                        initiative.id(),
                        affecting,
                        user.roleNames().contains("EXECUTIVE")
                                && !initiative.phase().closed())));
    }

    record Data(UUID initiativeId, List<ContingencySummary> contingencies, boolean canOpen) {}
}
