package io.mekiki.provider;

import io.mekiki.provider.AttestationCoverage.KindCoverage;
import io.mekiki.provider.CoverageArithmetic.Span;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers' attestation reports cover and expect (issue 13): coverage of a period by report periods and
 * validities, bridge letters, exceptions noted, complementary user-entity controls and their mapping; the
 * notices before an attestation ends at the offsets the organisation sets; and the lapses told to the other
 * modules through {@link AttestationLapsed}.
 */
@Service
public class Attestations {

    private final AttestationStore store;
    private final ProviderStore providers;

    Attestations(AttestationStore store, ProviderStore providers) {
        this.store = store;
        this.providers = providers;
    }

    /**
     * The coverage of a period by the provider's attestations, for the organisation's own reading (the caller
     * has checked who reads): per kind, the months covered, the gaps and what bridge letters close of them, the
     * exceptions noted and the user-entity controls expected, of the attestations overlapping the period
     * (by their own period or a bridge letter's).
     *
     * @param serviceId the service looked at (attestations whose scope names it or names no service); none:
     *     all the provider's attestations
     * @throws NotFoundException if the provider is not the organisation's
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    @Transactional(readOnly = true)
    public AttestationCoverage coverage(
            UUID organizationId, UUID providerId, @Nullable UUID serviceId, LocalDate from, LocalDate to) {
        if (providers.provider(organizationId, providerId).isEmpty()) {
            throw new NotFoundException("PROVIDER", providerId);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + ".." + to);
        }
        List<BridgeLetter> letters = store.bridgeLetters(organizationId, providerId, null);
        Set<UUID> bridgedIntoPeriod = letters.stream()
                .filter(letter -> CoverageArithmetic.overlaps(
                        new Span(letter.id(), letter.coversFrom(), letter.coversUntil()), from, to))
                .map(BridgeLetter::attestationId)
                .collect(Collectors.toSet());
        List<AttestationStore.Period> periods = store.inScope(organizationId, providerId, serviceId).stream()
                .filter(period -> bridgedIntoPeriod.contains(period.id())
                        || CoverageArithmetic.overlaps(new Span(period.id(), period.start(), period.end()), from, to))
                .toList();
        List<ReportException> exceptions = store.exceptions(organizationId, providerId, null);
        List<UserEntityControl> controls = store.controls(organizationId, providerId, null);
        Map<AttestationKind, List<AttestationStore.Period>> byKind = new EnumMap<>(AttestationKind.class);
        for (AttestationStore.Period period : periods) {
            byKind.computeIfAbsent(period.kind(), kind -> new ArrayList<>()).add(period);
        }
        List<KindCoverage> kinds = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> {
            Set<UUID> ids = ofKind.stream().map(AttestationStore.Period::id).collect(Collectors.toSet());
            List<Span> reports = ofKind.stream()
                    .map(period -> new Span(period.id(), period.start(), period.end()))
                    .toList();
            List<Span> bridges = letters.stream()
                    .filter(letter -> ids.contains(letter.attestationId()))
                    .map(letter -> new Span(letter.id(), letter.coversFrom(), letter.coversUntil()))
                    .toList();
            CoverageArithmetic.Result result = CoverageArithmetic.of(from, to, reports, bridges);
            kinds.add(new KindCoverage(
                    kind,
                    ofKind.stream().map(AttestationStore.Period::id).toList(),
                    result.covered(),
                    result.gaps(),
                    exceptions.stream()
                            .filter(exception -> ids.contains(exception.attestationId()))
                            .toList(),
                    controls.stream()
                            .filter(control -> ids.contains(control.attestationId()))
                            .toList()));
        });
        return new AttestationCoverage(providerId, serviceId, from, to, kinds);
    }

    /** {@link #coverage(UUID, UUID, UUID, LocalDate, LocalDate)} in the signed-in user's organisation. */
    @Transactional(readOnly = true)
    public AttestationCoverage coverage(
            SignedInUser user, UUID providerId, @Nullable UUID serviceId, LocalDate from, LocalDate to) {
        return coverage(user.organizationId(), providerId, serviceId, from, to);
    }
}
