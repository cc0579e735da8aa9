package io.mekiki.exit.web;

import io.mekiki.exit.Exit;
import io.mekiki.exit.Exits;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.shared.SignedInUser;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The exit's panel on the initiative page: the exit with its status and what is missing (and the dossier once
 * closed), or, in continuation or termination without one, the way to start it (risk officers).
 */
@Component
@Order(80)
class ExitPanel implements InitiativePanel {

    private final Exits exits;

    ExitPanel(Exits exits) {
        this.exits = exits;
    }

    @Override
    public Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale) {
        Exit exit = exits.ofInitiative(user.organizationId(), initiative.id()).orElse(null);
        if (exit == null && initiative.phase() != InitiativePhase.CONTINUATION_TERMINATION) {
            return Optional.empty();
        }
        boolean canStart = exit == null && user.roleNames().contains("RISK_OFFICER");
        return Optional.of(new Content("exit/parts", new Data(initiative.id(), exit, canStart)));
    }

    /** What the panel shows. */
    record Data(UUID initiativeId, @Nullable Exit exit, boolean canStart) {}
}
