package io.mekiki.identity;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of role grants that wait for a confirmation; a decided request is deleted (the ledger keeps it). */
@Repository
class PendingRoleGrants {

    private static final RowMapper<PendingRoleGrant> ROW = (row, number) -> new PendingRoleGrant(
            row.getObject("id", UUID.class),
            row.getObject("user_id", UUID.class),
            Role.valueOf(row.getString("role")),
            row.getObject("requested_by", UUID.class),
            row.getTimestamp("requested_at").toInstant());

    private final JdbcClient jdbc;

    PendingRoleGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PendingRoleGrant> inOrganization(UUID organizationId) {
        return jdbc.sql("select * from identity_role_grant_request where organization_id = ? order by requested_at")
                .param(organizationId)
                .query(ROW)
                .list();
    }

    Optional<PendingRoleGrant> find(UUID organizationId, UUID userId, Role role) {
        return jdbc.sql(
                        "select * from identity_role_grant_request where organization_id = ? and user_id = ? and role = ?")
                .params(organizationId, userId, role.name())
                .query(ROW)
                .optional();
    }

    void add(UUID organizationId, PendingRoleGrant grant) {
        jdbc.sql(
                        "insert into identity_role_grant_request (id, organization_id, user_id, role, requested_by, requested_at)"
                                + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        grant.id(),
                        organizationId,
                        grant.userId(),
                        grant.role().name(),
                        grant.requestedBy(),
                        Timestamp.from(grant.requestedAt()))
                .update();
    }

    /** Answers false when another request already decided it. */
    boolean remove(PendingRoleGrant grant) {
        return jdbc.sql("delete from identity_role_grant_request where id = ?")
                        .param(grant.id())
                        .update()
                == 1;
    }
}
