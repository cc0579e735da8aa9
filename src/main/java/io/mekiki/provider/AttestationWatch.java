package io.mekiki.provider;

import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the risk officer's home shows of this module: attestations that have ended or end within 90 days
 * with no renewal recorded. The home includes the fragment {@code provider/home :: attestations-due},
 * which reads this bean, so that the home knows nothing of providers.
 */
@Component("attestationWatch")
public class AttestationWatch {

    static final String RISK_OFFICER = "RISK_OFFICER";

    private final ProviderRegister register;

    AttestationWatch(ProviderRegister register) {
        this.register = register;
    }

    /** Whether the user's home shows the attestations: risk officers watch them. */
    public boolean shownTo(SignedInUser user) {
        return user.roleNames().contains(RISK_OFFICER);
    }

    public List<AttestationDue> due(SignedInUser user) {
        return register.attestationsDue(user);
    }

    /** Today in the user's organisation's calendar. */
    public LocalDate today(SignedInUser user) {
        return register.today(user.organizationId());
    }
}
