package io.mekiki.provider;

import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the risk officer's and the executive's homes show of this module: attestations that have ended, or
 * end within the farthest of the organisation's notice offsets (90 days unless it set others), with no renewal
 * recorded; a bridge letter moves the end to the last day it covers. The home includes the fragment {@code
 * provider/home :: attestations-due}, which reads this bean, so that the home knows nothing of providers.
 */
@Component("attestationWatch")
public class AttestationWatch {

    static final String RISK_OFFICER = "RISK_OFFICER";
    static final String EXECUTIVE = "EXECUTIVE";

    private final ProviderRegister register;
    private final ProviderStore store;
    private final Attestations attestations;

    AttestationWatch(ProviderRegister register, ProviderStore store, Attestations attestations) {
        this.register = register;
        this.store = store;
        this.attestations = attestations;
    }

    /** Whether the user's home shows the attestations: risk officers and executives watch them. */
    public boolean shownTo(SignedInUser user) {
        return user.roleNames().contains(RISK_OFFICER) || user.roleNames().contains(EXECUTIVE);
    }

    /** How many days ahead the home looks: the farthest notice offset of the organisation. */
    public int window(SignedInUser user) {
        return attestations.noticeOffsets(user.organizationId()).stream()
                .max(Integer::compare)
                .orElse(0);
    }

    public List<AttestationDue> due(SignedInUser user) {
        LocalDate today = today(user);
        LocalDate until = today.plusDays(window(user));
        return store.due(user.organizationId(), until).stream()
                .map(due -> new AttestationDue(
                        due.attestationId(),
                        due.providerId(),
                        due.providerName(),
                        due.kind(),
                        due.title(),
                        attestations.endOf(
                                user.organizationId(), due.providerId(), due.attestationId(), due.periodEnd())))
                .filter(due -> !due.periodEnd().isAfter(until))
                .sorted(Comparator.comparing(AttestationDue::periodEnd))
                .toList();
    }

    /** Today in the user's organisation's calendar. */
    public LocalDate today(SignedInUser user) {
        return register.today(user.organizationId());
    }
}
