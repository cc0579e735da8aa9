package io.mekiki.comparison.web;

import io.mekiki.comparison.Comparisons;
import io.mekiki.comparison.CriteriaSet;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.SignedInUser;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The comparison's panel on the initiative page: in preparation and selection, and later while criteria
 * exist, the state of the criteria and the way to the comparison page. Reads the criteria only, so that the
 * initiative page stays cheap.
 */
@Component
@Order(20)
class ComparisonPanel implements InitiativePanel {

    private final Comparisons comparisons;

    ComparisonPanel(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale) {
        CriteriaSet criteria = comparisons.criteria(user, initiative.id());
        if (!Candidates.CHOOSING.contains(initiative.phase()) && !criteria.present()) {
            return Optional.empty();
        }
        return Optional.of(new Content("comparison/parts", new Data(initiative.id(), criteria)));
    }

    record Data(UUID initiativeId, CriteriaSet criteria) {}
}
