package io.mekiki.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The checkpoints in the log are what lets an auditor notice a chain cut off at its end when nobody noted
 * the head down: such a chain still verifies, but it is shorter than a checkpoint already written.
 */
@ExtendWith(OutputCaptureExtension.class)
class LedgerCheckpointLogIT extends ApplicationTest {

    @Autowired
    IdentityFixtures identities;

    @Autowired
    LedgerFixtures fixtures;

    @Autowired
    AuditLedger ledger;

    @Autowired
    LedgerCheckpointLog checkpoints;

    @Test
    void logsTheHeadOnceWhenItMovesAndCallsOutAChainCutOffAtItsEnd(CapturedOutput output) {
        UUID organization = identities.userInNewOrganization(Role.AUDITOR).organizationId();
        fixtures.recordContracts(organization, 4);
        AuditLedger.ChainHead head = ledger.head(organization);
        assertThat(head.lastSequence()).isEqualTo(4);

        checkpoints.logMovedHeads();
        checkpoints.logMovedHeads();

        String logged = "Audit ledger checkpoint: organization=" + organization + " entries=4 lastSequence=4 lastHash="
                + head.lastHash();
        assertThat(output.getAll()).containsOnlyOnce(logged);

        String second =
                ledger.entries(organization, null, null, 2, 1).entries().get(0).entryHash();
        fixtures.tamper("delete from audit_entry where organization_id = ? and sequence > 2", organization);
        fixtures.tamper(
                "update audit_chain_head set last_sequence = 2, last_hash = ? where organization_id = ?",
                second,
                organization);
        assertThat(ledger.verify(organization).valid())
                .as("a consistently shortened chain still verifies")
                .isTrue();

        checkpoints.logMovedHeads();

        assertThat(output.getAll())
                .contains("Audit ledger of organization " + organization
                        + " is shorter than at its last checkpoint (4 entries, now 2)");
    }
}
