package io.mekiki.identity;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A company using Mekiki: the tenant every other record belongs to. */
@Table("identity_organization")
public class Organization {

    @Id
    private final UUID id;

    private String name;
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    Organization(UUID id, String name, Instant createdAt, Long version) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Organization found(String name, Instant now) {
        return new Organization(UUID.randomUUID(), name.strip(), now, null);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
