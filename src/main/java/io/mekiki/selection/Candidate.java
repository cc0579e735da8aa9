package io.mekiki.selection;

import io.mekiki.initiative.ScopingDiff;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service an initiative considers (候補), with the service's facts and the scoping it was last computed
 * with. Open until withdrawn; a withdrawn candidate keeps its last scoping and is no longer rescoped.
 */
public class Candidate {

    /** The longest reason for a withdrawal, in characters. */
    public static final int REASON_MAX = 2000;

    private final UUID id;
    private final UUID organizationId;
    private final UUID initiativeId;
    private final UUID serviceId;
    private final Instant addedAt;
    private final String addedBy;
    private @Nullable Instant withdrawnAt;
    private @Nullable String withdrawnBy;
    private @Nullable String withdrawReason;
    private ServiceFacts facts;
    private ScopingSnapshot scoping;
    private String scopingHash;
    private Instant scopedAt;
    private final long version;

    Candidate(
            UUID id,
            UUID organizationId,
            UUID initiativeId,
            UUID serviceId,
            Instant addedAt,
            String addedBy,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawnBy,
            @Nullable String withdrawReason,
            ServiceFacts facts,
            ScopingSnapshot scoping,
            Instant scopedAt,
            long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.initiativeId = initiativeId;
        this.serviceId = serviceId;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
        this.withdrawnAt = withdrawnAt;
        this.withdrawnBy = withdrawnBy;
        this.withdrawReason = withdrawReason;
        this.facts = facts;
        this.scoping = scoping;
        this.scopingHash = hash(scoping);
        this.scopedAt = scopedAt;
        this.version = version;
    }

    static Candidate add(
            UUID organizationId,
            UUID initiativeId,
            ServiceFacts facts,
            ScopingSnapshot scoping,
            String addedBy,
            Instant now) {
        return new Candidate(
                UUID.randomUUID(),
                organizationId,
                initiativeId,
                facts.serviceId(),
                now,
                addedBy,
                null,
                null,
                null,
                facts,
                scoping,
                now,
                0);
    }

    /** Keeps the facts and scoping computed now; returns what changed in the scoping. */
    ScopingDiff rescope(ServiceFacts newFacts, ScopingSnapshot newScoping, Instant now) {
        if (!open()) {
            throw RuleViolationException.conflict("selection.error.withdrawn");
        }
        ScopingDiff diff = ScopingDiff.between(scoping, newScoping);
        this.facts = newFacts;
        this.scoping = newScoping;
        this.scopingHash = hash(newScoping);
        this.scopedAt = now;
        return diff;
    }

    void withdraw(String by, String reason, Instant now) {
        if (!open()) {
            throw RuleViolationException.conflict("selection.error.withdrawn");
        }
        String trimmed = Objects.requireNonNull(reason).strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "reason", "selection.error.reasonRequired");
        }
        this.withdrawnAt = now;
        this.withdrawnBy = by;
        this.withdrawReason = trimmed;
    }

    /** The SHA-256 of the scoping's canonical JSON, in hex: equal for equal scopings. */
    public static String hash(ScopingSnapshot scoping) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(scoping.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public boolean open() {
        return withdrawnAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID initiativeId() {
        return initiativeId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public @Nullable String withdrawnBy() {
        return withdrawnBy;
    }

    public @Nullable String withdrawReason() {
        return withdrawReason;
    }

    /** The service's facts the scoping was computed with. */
    public ServiceFacts facts() {
        return facts;
    }

    public ScopingSnapshot scoping() {
        return scoping;
    }

    public String scopingHash() {
        return scopingHash;
    }

    public Instant scopedAt() {
        return scopedAt;
    }

    public long version() {
        return version;
    }
}
