package io.mekiki.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    // Written out: a derived query builds its SQL again on every call, and these two run on every API
    // request and every account page (ADR 019).
    @Query("select * from identity_api_token where token_hash = :tokenHash")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select * from identity_api_token where user_id = :userId and organization_id = :organizationId"
            + " order by created_at desc")
    List<ApiToken> findByUserIdAndOrganizationIdOrderByCreatedAtDesc(UUID userId, UUID organizationId);

    @Modifying
    @Query("update identity_api_token set revoked_at = :now where user_id = :userId and revoked_at is null")
    int revokeAllOf(UUID userId, Instant now);

    @Modifying
    @Query("update identity_api_token set last_used_at = :now where id = :id")
    void touch(UUID id, Instant now);
}
