package io.mekiki.identity;

import io.mekiki.shared.RuleViolationException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token; only the SHA-256 of its secret is kept. */
@Table("identity_api_token")
public class ApiToken implements Persistable<UUID> {

    @Id
    private final UUID id;

    private final UUID userId;
    private final UUID organizationId;
    private final String name;
    private final String tokenHash;
    private final Instant createdAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    @Transient
    private final boolean isNew;

    @PersistenceCreator
    ApiToken(
            UUID id,
            UUID userId,
            UUID organizationId,
            String name,
            String tokenHash,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {
        this(id, userId, organizationId, name, tokenHash, createdAt, lastUsedAt, revokedAt, false);
    }

    private ApiToken(
            UUID id,
            UUID userId,
            UUID organizationId,
            String name,
            String tokenHash,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt,
            boolean isNew) {
        this.id = id;
        this.userId = userId;
        this.organizationId = organizationId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.isNew = isNew;
    }

    static ApiToken issue(UserAccount owner, String name, String tokenHash, Instant now) {
        return new ApiToken(
                UUID.randomUUID(), owner.id(), owner.organizationId(), name.strip(), tokenHash, now, null, null, true);
    }

    void revoke(Instant now) {
        if (revokedAt != null) {
            throw RuleViolationException.conflict("identity.error.tokenAlreadyRevoked");
        }
        this.revokedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
