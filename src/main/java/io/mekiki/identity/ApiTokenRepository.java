package io.mekiki.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdAndOrganizationIdOrderByCreatedAtDesc(UUID userId, UUID organizationId);

    @Modifying
    @Query("update identity_api_token set revoked_at = :now where user_id = :userId and revoked_at is null")
    int revokeAllOf(UUID userId, Instant now);

    @Modifying
    @Query("update identity_api_token set last_used_at = :now where id = :id")
    void touch(UUID id, Instant now);
}
