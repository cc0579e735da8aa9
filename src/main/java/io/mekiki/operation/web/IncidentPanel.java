package io.mekiki.operation.web;

import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePanel;
import io.mekiki.operation.Incident;
import io.mekiki.operation.IncidentClocks;
import io.mekiki.operation.Incidents;
import io.mekiki.operation.OperationFinding;
import io.mekiki.operation.OperationFindings;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The initiative page's panel of incidents and operation findings: in operation and after, the open incidents
 * with the state of their reporting clocks and the open findings, with the ways to record and raise more.
 */
@Component
@Order(60)
class IncidentPanel implements InitiativePanel {

    private final Incidents incidents;
    private final OperationFindings findings;

    IncidentPanel(Incidents incidents, OperationFindings findings) {
        this.incidents = incidents;
        this.findings = findings;
    }

    @Override
    public Optional<Content> content(SignedInUser user, Initiative initiative, Locale locale) {
        if (!Incidents.PHASES.contains(initiative.phase())) {
            return Optional.empty();
        }
        List<Incident> open = incidents.openOf(user.organizationId(), initiative.id());
        Map<UUID, IncidentClocks> clocks = incidents.clocks(user.organizationId(), open);
        return Optional.of(new Content(
                "operation/panel",
                new Data(
                        initiative.id(),
                        open,
                        clocks,
                        findings.openOf(user.organizationId(), initiative.id()),
                        IncidentPages.recorder(user),
                        incidents.today(user.organizationId()))));
    }

    record Data(
            UUID initiativeId,
            List<Incident> incidents,
            Map<UUID, IncidentClocks> clocks,
            List<OperationFinding> findings,
            boolean recorder,
            LocalDate today) {}
}
