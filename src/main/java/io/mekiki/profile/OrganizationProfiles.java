package io.mekiki.profile;

import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the compliance profile of an organisation; everyone in it may read. */
@Service
public class OrganizationProfiles {

    /** The calendar of the Line Islands, the first to reach a new day: no review date later than theirs is real. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final ComplianceProfiles profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationProfiles(ComplianceProfiles profiles, ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's profile, or the defaults while it has not saved one. */
    @Transactional(readOnly = true)
    public OrganizationProfile profileOf(UUID organizationId) {
        return profiles.findById(organizationId)
                .map(ComplianceProfile::view)
                .orElseGet(() -> OrganizationProfile.defaults(organizationId));
    }

    /**
     * Replaces the profile of the editor's organisation; records the change in the audit ledger. Saving
     * the same content again changes nothing and records nothing.
     *
     * @throws ProfileRuleViolation naming the field: an unknown country, a review date in the future,
     *     or a profile saved by someone else since the editor loaded it
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'RISK_OFFICER')")
    public OrganizationProfile update(SignedInUser editor, ProfileUpdate update) {
        UUID organizationId = editor.organizationId();
        ComplianceProfile profile =
                profiles.findById(organizationId).orElseGet(() -> ComplianceProfile.defaults(organizationId));
        Map<String, Object> changes =
                profile.revise(update, LocalDate.now(clock.withZone(EARLIEST_ZONE)), editor.actor(), clock.instant());
        if (changes.isEmpty()) {
            return profile.view();
        }
        ComplianceProfile saved;
        try {
            saved = profiles.save(profile);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentSave) {
            throw ProfileRuleViolation.stale();
        }
        events.publishEvent(new ProfileUpdated(organizationId, editor.actor(), changes));
        return saved.view();
    }
}
