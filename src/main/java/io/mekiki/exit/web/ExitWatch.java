package io.mekiki.exit.web;

import io.mekiki.contract.ContractDate;
import io.mekiki.contract.Contracts;
import io.mekiki.exit.Exit;
import io.mekiki.exit.Exits;
import io.mekiki.shared.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the risk officer's and the executive's homes show of this module (ADR 040): exits past their deadline, and
 * the notice windows of contracts in force that are open now. A notice window opens {@value #WINDOW_DAYS} days
 * before a notice deadline (the last day to give notice to stop the renewal): from then on the continuation
 * decision has to be prepared. The home includes {@code exit/home :: exit-reminders}; the contract page includes
 * {@code exit/parts :: contract}: both read this bean, so that neither knows exits.
 */
@Component("exitWatch")
public class ExitWatch {

    /** Days before a notice deadline on which its window opens. */
    public static final int WINDOW_DAYS = 90;

    private final Exits exits;
    private final Contracts contracts;

    ExitWatch(Exits exits, Contracts contracts) {
        this.exits = exits;
        this.contracts = contracts;
    }

    public boolean shownTo(SignedInUser user) {
        return user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("EXECUTIVE");
    }

    public List<Exit> pastDeadline(SignedInUser user) {
        return exits.pastDeadline(user.organizationId());
    }

    /** The notice deadlines whose window is open today: within {@value #WINDOW_DAYS} days, soonest first. */
    public List<ContractDate> noticeWindows(SignedInUser user) {
        LocalDate today = contracts.today(user.organizationId());
        return contracts.upcoming(user.organizationId(), today.plusDays(WINDOW_DAYS)).stream()
                .filter(date -> date.kind() == ContractDate.Kind.NOTICE_DEADLINE)
                .toList();
    }

    /** The day the window of this notice deadline opened. */
    public LocalDate windowOpened(ContractDate deadline) {
        return deadline.date().minusDays(WINDOW_DAYS);
    }

    public @Nullable Exit ofContract(SignedInUser user, UUID contractId) {
        return exits.ofContract(user.organizationId(), contractId).orElse(null);
    }
}
