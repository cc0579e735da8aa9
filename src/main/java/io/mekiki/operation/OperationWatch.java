package io.mekiki.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the risk officer watches in operation (their home): the open significant findings, and the open incidents
 * whose reporting clocks still run (a report owed), overdue ones first.
 */
@Service
public class OperationWatch {

    private final Incidents incidents;
    private final OperationFindings findings;

    OperationWatch(Incidents incidents, OperationFindings findings) {
        this.incidents = incidents;
        this.findings = findings;
    }

    /** An incident with a report still owed, and its clocks. */
    public record Running(Incident incident, IncidentClocks clocks) {}

    public record Watch(List<OperationFinding> significantFindings, List<Running> runningClocks) {

        public Watch {
            significantFindings = List.copyOf(significantFindings);
            runningClocks = List.copyOf(runningClocks);
        }
    }

    @Transactional(readOnly = true)
    public Watch of(UUID organizationId) {
        List<Running> running = new ArrayList<>();
        List<Incident> open = incidents.open(organizationId);
        java.util.Map<UUID, IncidentClocks> all = incidents.clocks(organizationId, open);
        for (Incident incident : open) {
            IncidentClocks clocks = all.get(incident.id());
            if (clocks.running()) {
                running.add(new Running(incident, clocks));
            }
        }
        running.sort((a, b) -> Boolean.compare(b.clocks().overdue(), a.clocks().overdue()));
        return new Watch(findings.openSignificant(organizationId), running);
    }
}
