package io.mekiki.initiative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.decision.Decision;
import io.mekiki.decision.Decisions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The decisions on initiatives as the gates read them: where each stands, its basis by its hash only (ADR 044),
 * newest request first. Kept per initiative and the organisation's ledger head in read-only transactions (ADR
 * 048), since every request, revision and decision, and every approval turning stale, is recorded in the
 * organisation's ledger in its own transaction.
 */
@Component
class GateDecisions {

    private record Kept(UUID organizationId, long head, UUID initiativeId) {}

    private final Decisions decisions;
    private final KeptReads keptReads;
    /**
     * Bounded by the number of decisions kept, not of initiatives: an initiative may have many, and every
     * recorded change of the organisation starts a new head (entries of older heads are never read again).
     */
    private final Cache<Kept, List<Decision>> kept = Caffeine.newBuilder()
            .maximumWeight(20_000)
            .<Kept, List<Decision>>weigher((key, decided) -> 1 + decided.size())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    GateDecisions(Decisions decisions, KeptReads keptReads) {
        this.decisions = decisions;
        this.keptReads = keptReads;
    }

    /** The decisions on the initiative. */
    List<Decision> of(UUID organizationId, UUID initiativeId) {
        return of(organizationId, List.of(initiativeId)).getOrDefault(initiativeId, List.of());
    }

    /** The decisions on each of the initiatives, by initiative (those without any left out or empty). */
    Map<UUID, List<Decision>> of(UUID organizationId, List<UUID> initiativeIds) {
        OptionalLong head = keptReads.head(organizationId);
        if (head.isEmpty()) {
            return read(organizationId, initiativeIds);
        }
        Map<UUID, List<Decision>> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID initiativeId : initiativeIds) {
            List<Decision> kept = this.kept.getIfPresent(new Kept(organizationId, head.getAsLong(), initiativeId));
            if (kept == null) {
                missing.add(initiativeId);
            } else {
                found.put(initiativeId, kept);
            }
        }
        if (!missing.isEmpty()) {
            Map<UUID, List<Decision>> read = read(organizationId, missing);
            for (UUID initiativeId : missing) {
                List<Decision> decided = List.copyOf(read.getOrDefault(initiativeId, List.of()));
                kept.put(new Kept(organizationId, head.getAsLong(), initiativeId), decided);
                found.put(initiativeId, decided);
            }
        }
        return found;
    }

    private Map<UUID, List<Decision>> read(UUID organizationId, List<UUID> initiativeIds) {
        Map<UUID, List<Decision>> byInitiative = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return byInitiative;
        }
        for (Decision decision :
                decisions.ofSubjectsByBasisHash(organizationId, InitiativeChange.INITIATIVE, initiativeIds)) {
            byInitiative
                    .computeIfAbsent(decision.subject().id(), id -> new ArrayList<>())
                    .add(decision);
        }
        return byInitiative;
    }
}
