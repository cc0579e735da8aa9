package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.shared.SignedInUser;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The contract's panel on the initiative page: from application on, the contract with its status, or, while
 * none is recorded, the way to record it from the chosen candidate (planners) or why it cannot be yet.
 */
@Component
@Order(40)
class ContractPanel implements InitiativePanel {

    private static final Set<InitiativePhase> SHOWN = EnumSet.of(
            InitiativePhase.APPLICATION,
            InitiativePhase.OPERATION,
            InitiativePhase.CONTINUATION_TERMINATION,
            InitiativePhase.CLOSED);

    private final Contracts contracts;
    private final CandidateChoices choices;

    ContractPanel(Contracts contracts, CandidateChoices choices) {
        this.contracts = contracts;
        this.choices = choices;
    }

    @Override
    public Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale) {
        Contract contract = contracts.ofInitiative(user.organizationId(), initiative.id()).stream()
                .findFirst()
                .orElse(null);
        if (contract == null && !SHOWN.contains(initiative.phase())) {
            return Optional.empty();
        }
        boolean planner =
                user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("BUSINESS_OWNER");
        boolean chosen =
                choices.chosenOf(user.organizationId(), initiative.id()).isPresent();
        boolean applying = initiative.phase() == InitiativePhase.APPLICATION;
        String reason = !applying
                ? "contract.panel.notInApplication"
                : !chosen ? "contract.panel.noChosen" : "contract.panel.plannersRecord";
        return Optional.of(new Content(
                "contract/parts", new Data(initiative.id(), contract, planner && applying && chosen, reason)));
    }

    /** What the panel shows: the contract, or whether the reader can record it and why not. */
    record Data(UUID initiativeId, @Nullable Contract contract, boolean canRecord, String reasonKey) {}
}
