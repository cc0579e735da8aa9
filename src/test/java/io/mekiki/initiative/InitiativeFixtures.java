package io.mekiki.initiative;

import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Real initiatives for tests of other modules that refer to one (instructions, decisions). */
@Component
public class InitiativeFixtures {

    private final Initiatives initiatives;
    private final IdentityFixtures identities;

    InitiativeFixtures(Initiatives initiatives, IdentityFixtures identities) {
        this.initiatives = initiatives;
        this.identities = identities;
    }

    /** A new initiative of the organisation, created by a business owner of it made for the purpose. */
    public UUID initiative(UUID organizationId) {
        return initiative(organizationId, "Test initiative");
    }

    /** A new initiative with the given title. */
    public UUID initiative(UUID organizationId, String title) {
        MekikiUser owner = identities.user(organizationId, Role.BUSINESS_OWNER);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        try {
            return initiatives
                    .create(
                            owner,
                            new InitiativePlan(
                                    title,
                                    owner.userId(),
                                    "",
                                    "",
                                    List.of(),
                                    Set.of(),
                                    null,
                                    null,
                                    List.of("JP"),
                                    null))
                    .id();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
