package io.mekiki.demo;

import io.mekiki.exit.Exit;
import io.mekiki.exit.ExitInputs;
import io.mekiki.exit.Exits;
import io.mekiki.identity.MekikiUser;
import io.mekiki.instruction.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The exit of the demo's closed initiative (the old groupware), once the executive has taken the termination
 * branch and the exit started from the contract's exit terms: both data sets returned and checked (the attachments
 * first incomplete, then corrected), and the provider's deletion certificate. Told through the exit module's
 * service, by the risk officer; the executive's confirmations are the termination gates' decisions. The bench data
 * closes its initiatives the same way.
 */
@Component
class DemoExits {

    /** A small PDF standing for the provider's deletion certificate. */
    static final byte[] CERTIFICATE = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"
                    + "% Certificate of data deletion: groupware tenant, all data and backups erased\n"
                    + "trailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Exits exits;
    private final Clock clock;

    DemoExits(Exits exits, Clock clock) {
        this.exits = exits;
        this.clock = clock;
    }

    /** Returns and deletion evidence of the initiative's exit, which must have started. */
    void tell(MekikiUser riskOfficer, UUID initiativeId) {
        as(riskOfficer, () -> {
            Exit exit = exits.ofInitiative(riskOfficer.organizationId(), initiativeId)
                    .orElseThrow(() -> new IllegalStateException("the demo's closed initiative has no exit"));
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
            List<Exit.DataSet> sets = exit.dataSets();
            if (sets.size() < 2) {
                throw new IllegalStateException("the demo's exit terms were meant to name two data sets");
            }
            exits.recordReturn(
                    riskOfficer,
                    exit.id(),
                    new ExitInputs.NewDataReturn(
                            sets.get(0).id().toString(),
                            today.minusDays(6).toString(),
                            "734003200",
                            "48210",
                            "48210",
                            "sha256:3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
                            "掲示と回覧の全件。件数は移行前に管理画面の統計で数えた値",
                            true,
                            null));
            exits.recordReturn(
                    riskOfficer,
                    exit.id(),
                    new ExitInputs.NewDataReturn(
                            sets.get(1).id().toString(),
                            today.minusDays(5).toString(),
                            "9663676416",
                            "11870",
                            "12034",
                            null,
                            "添付ファイルの全件（移行前の件数 12,034）",
                            false,
                            "2023年度の回覧の添付ファイル164件が含まれていない"));
            exits.recordReturn(
                    riskOfficer,
                    exit.id(),
                    new ExitInputs.NewDataReturn(
                            sets.get(1).id().toString(),
                            today.minusDays(2).toString(),
                            "9884131328",
                            "12034",
                            "12034",
                            "sha256:b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c",
                            "添付ファイルの全件（移行前の件数 12,034）",
                            true,
                            null));
            exits.recordDeletionEvidence(
                    riskOfficer,
                    exit.id(),
                    new ExitInputs.NewDeletionEvidence("CERTIFICATE", null, null, null, null),
                    new Upload("deletion-certificate.pdf", CERTIFICATE));
            return null;
        });
    }

    private static <T> T as(MekikiUser user, Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
