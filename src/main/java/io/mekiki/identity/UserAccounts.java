package io.mekiki.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from identity_user_account where lower(email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByActivationTokenHash(String activationTokenHash);

    List<UserAccount> findByOrganizationIdOrderByDisplayName(UUID organizationId);

    /** Without the aggregate's version: a sign-in must not collide with an administrator's change. */
    @Modifying
    @Query("update identity_user_account set last_login_at = :now where id = :id")
    void recordSignIn(UUID id, Instant now);

    default Optional<UserAccount> findInOrganization(UUID organizationId, UUID userId) {
        return findById(userId).filter(user -> user.organizationId().equals(organizationId));
    }
}
