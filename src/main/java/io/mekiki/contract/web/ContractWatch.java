package io.mekiki.contract.web;

import io.mekiki.contract.ContractDate;
import io.mekiki.contract.Contracts;
import io.mekiki.shared.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the risk officer's and the executive's homes show of this module: the dates of contracts in force
 * within {@value Contracts#REMINDER_DAYS} days. The home includes {@code contract/home :: contract-dates}, which
 * reads this bean, so that the home knows nothing of contracts.
 */
@Component("contractWatch")
public class ContractWatch {

    private final Contracts contracts;

    ContractWatch(Contracts contracts) {
        this.contracts = contracts;
    }

    public boolean shownTo(SignedInUser user) {
        return user.roleNames().contains("RISK_OFFICER") || user.roleNames().contains("EXECUTIVE");
    }

    public List<ContractDate> upcoming(SignedInUser user) {
        return contracts.upcoming(
                user.organizationId(), contracts.today(user.organizationId()).plusDays(Contracts.REMINDER_DAYS));
    }
}
