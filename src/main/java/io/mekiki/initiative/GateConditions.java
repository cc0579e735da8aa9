package io.mekiki.initiative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.shared.OrganizationTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Asks every {@link GateContributions} for an initiative's conditions and a gate's contributed facts.
 *
 * <p>The conditions of a contributor that {@linkplain GateContributions#followsLedger() follows the ledger}
 * are kept per contributor, initiative (with its phase) and the organisation's ledger head, and only within
 * read-only transactions: any change the conditions rest on appends to the organisation's ledger in its own
 * transaction, which moves the head, so the next read asks the contributor again. A transaction that may
 * write never reads or fills what is kept, since its own changes may still be rolled back (ADR 019,
 * extension i7-speed). A contributor that also {@linkplain GateContributions#followsTheDay() follows the day}
 * is kept per the organisation's today as well (ADR 048).
 */
@Component
class GateConditions {

    /**
     * A contributor's conditions of one initiative, as they were with the organisation's ledger at {@code head}
     * (and on the organisation's day {@code today}, for a contributor that follows the day, else null); those
     * read for a list apart, since a contributor may answer lists with fewer gates (those of the phase).
     */
    private record Kept(
            String contributor,
            boolean forList,
            long head,
            @Nullable LocalDate today,
            GateSubject subject) {}

    private final ObjectProvider<GateContributions> contributions;
    private final KeptReads keptReads;
    private final OrganizationTime time;
    private final Cache<Kept, Map<Gate, List<GateCondition>>> kept = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    GateConditions(ObjectProvider<GateContributions> contributions, KeptReads keptReads, OrganizationTime time) {
        this.contributions = contributions;
        this.keptReads = keptReads;
        this.time = time;
    }

    /** Every gate's conditions, the initiative module's own first; gates without any are left out. */
    Map<Gate, List<GateCondition>> of(Initiative initiative) {
        GateSubject subject = subject(initiative);
        OptionalLong head = keptReads.head(subject.organizationId());
        Map<Gate, List<GateCondition>> all = new EnumMap<>(Gate.class);
        contributions.orderedStream().forEach(contribution -> {
            Map<Gate, List<GateCondition>> answer;
            if (head.isPresent() && contribution.followsLedger()) {
                Kept key = new Kept(
                        name(contribution),
                        false,
                        head.getAsLong(),
                        today(contribution, subject.organizationId()),
                        subject);
                answer = kept.getIfPresent(key);
                if (answer == null) {
                    answer = unmodifiable(contribution.conditions(subject));
                    kept.put(key, answer);
                }
            } else {
                answer = contribution.conditions(subject);
            }
            answer.forEach((gate, conditions) ->
                    all.computeIfAbsent(gate, key -> new ArrayList<>()).addAll(conditions));
        });
        return all;
    }

    /** The organisation's today for a contributor that follows the day; null for one that does not. */
    private @Nullable LocalDate today(GateContributions contribution, UUID organizationId) {
        return contribution.followsTheDay() ? time.today(organizationId) : null;
    }

    private static String name(GateContributions contribution) {
        return ClassUtils.getUserClass(contribution).getName();
    }

    private static Map<Gate, List<GateCondition>> unmodifiable(Map<Gate, List<GateCondition>> answer) {
        Map<Gate, List<GateCondition>> copy = new EnumMap<>(Gate.class);
        answer.forEach((gate, conditions) -> copy.put(gate, List.copyOf(conditions)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The conditions of several initiatives of the organisation, by initiative and gate: each contributor is
     * asked once for all of them (one statement each, not one per initiative).
     */
    Map<UUID, Map<Gate, List<GateCondition>>> of(UUID organizationId, List<GateSubject> initiatives) {
        Map<UUID, Map<Gate, List<GateCondition>>> all = new HashMap<>();
        if (initiatives.isEmpty()) {
            return all;
        }
        OptionalLong head = keptReads.head(organizationId);
        contributions
                .orderedStream()
                .forEach(contribution -> answer(contribution, organizationId, initiatives, head)
                        .forEach((initiativeId, byGate) -> byGate.forEach((gate, conditions) -> all.computeIfAbsent(
                                        initiativeId, key -> new EnumMap<>(Gate.class))
                                .computeIfAbsent(gate, key -> new ArrayList<>())
                                .addAll(conditions))));
        return all;
    }

    /** One contributor's conditions of the initiatives: those kept, and one call for all the others. */
    private Map<UUID, Map<Gate, List<GateCondition>>> answer(
            GateContributions contribution, UUID organizationId, List<GateSubject> initiatives, OptionalLong head) {
        if (head.isEmpty() || !contribution.followsLedger()) {
            return contribution.conditions(organizationId, initiatives);
        }
        String name = name(contribution);
        LocalDate today = today(contribution, organizationId);
        Map<UUID, Map<Gate, List<GateCondition>>> answer = new HashMap<>();
        List<GateSubject> missing = new ArrayList<>();
        for (GateSubject initiative : initiatives) {
            Map<Gate, List<GateCondition>> found =
                    kept.getIfPresent(new Kept(name, true, head.getAsLong(), today, initiative));
            if (found == null) {
                missing.add(initiative);
            } else {
                answer.put(initiative.initiativeId(), found);
            }
        }
        if (!missing.isEmpty()) {
            Map<UUID, Map<Gate, List<GateCondition>>> asked = contribution.conditions(organizationId, missing);
            for (GateSubject initiative : missing) {
                Map<Gate, List<GateCondition>> conditions =
                        unmodifiable(asked.getOrDefault(initiative.initiativeId(), Map.of()));
                kept.put(new Kept(name, true, head.getAsLong(), today, initiative), conditions);
                answer.put(initiative.initiativeId(), conditions);
            }
        }
        return answer;
    }

    List<GateCondition> of(Initiative initiative, Gate gate) {
        return of(initiative).getOrDefault(gate, List.of());
    }

    /** The facts other modules add to the gate's basis, by their keys. */
    Map<String, Object> facts(Initiative initiative, Gate gate) {
        GateSubject subject = subject(initiative);
        Map<String, Object> facts = new LinkedHashMap<>();
        contributions
                .orderedStream()
                .forEach(contribution -> contribution.facts(subject, gate).forEach((key, value) -> {
                    if (facts.putIfAbsent(key, value) != null) {
                        throw new IllegalStateException("Two modules contribute the gate fact " + key);
                    }
                }));
        return facts;
    }

    private static GateSubject subject(Initiative initiative) {
        return new GateSubject(initiative.organizationId(), initiative.id(), initiative.phase());
    }
}
