package io.mekiki.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of an organisation as other modules need them: to assign work and to show names. */
@Service
public class Members {

    private final UserAccounts users;

    Members(UserAccounts users) {
        this.users = users;
    }

    /** Users who can sign in, by name. */
    @Transactional(readOnly = true)
    public List<Member> active(UUID organizationId) {
        return users.findByOrganizationIdOrderByDisplayName(organizationId).stream()
                .filter(UserAccount::canSignIn)
                .map(Member::of)
                .toList();
    }

    /** Active users holding the role, by name. */
    @Transactional(readOnly = true)
    public List<Member> withRole(UUID organizationId, Role role) {
        return active(organizationId).stream()
                .filter(member -> member.roles().contains(role))
                .toList();
    }

    /** Every user of the organisation, active or not, by name: to show who did something in the past. */
    @Transactional(readOnly = true)
    public List<Member> everyone(UUID organizationId) {
        return users.findByOrganizationIdOrderByDisplayName(organizationId).stream()
                .map(Member::of)
                .toList();
    }

    /** A user of the organisation, active or not. */
    @Transactional(readOnly = true)
    public Optional<Member> member(UUID organizationId, UUID userId) {
        return users.findInOrganization(organizationId, userId).map(Member::of);
    }

    /** A person of the organisation. */
    public record Member(UUID id, String displayName, String email, Set<Role> roles, boolean active) {

        /** "name &lt;e-mail&gt;", as records name a person. */
        public String signature() {
            return displayName + " <" + email + ">";
        }

        static Member of(UserAccount user) {
            return new Member(user.id(), user.displayName(), user.email(), user.roles(), user.canSignIn());
        }
    }
}
