package io.mekiki.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from identity_user_account where lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByActivationTokenHash(String activationTokenHash);

    List<UserAccount> findByOrganizationIdOrderByDisplayName(UUID organizationId);

    default Optional<UserAccount> findInOrganization(UUID organizationId, UUID userId) {
        return findById(userId).filter(user -> user.organizationId().equals(organizationId));
    }
}
