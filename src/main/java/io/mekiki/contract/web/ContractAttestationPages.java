package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.provider.AttestationCoverage;
import io.mekiki.provider.Attestations;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of a contract's year as its provider's attestations cover it (any member of the organisation). */
@Controller
class ContractAttestationPages {

    private final Contracts contracts;
    private final Attestations attestations;
    private final ContractAttestationApi api;

    ContractAttestationPages(Contracts contracts, Attestations attestations, ContractAttestationApi api) {
        this.contracts = contracts;
        this.attestations = attestations;
        this.api = api;
    }

    @GetMapping("/contracts/{id}/attestations")
    String page(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String year,
            Model model) {
        Contract contract = contracts.contract(user, id);
        int thisYear = ContractAttestationApi.current(contract, contracts.today(user.organizationId()));
        int chosen;
        try {
            chosen = api.year(user, contract, year == null || year.isBlank() ? null : Integer.valueOf(year.strip()));
        } catch (NumberFormatException | RuleViolationException refused) {
            model.addAttribute("yearRefused", year);
            chosen = thisYear;
        }
        attestations.tellLapses(user.organizationId());
        AttestationCoverage coverage = api.coverage(user, contract, chosen);
        model.addAttribute("contract", contract);
        model.addAttribute("year", chosen);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("coverage", coverage);
        model.addAttribute("personNames", api.personNames(user, coverage));
        return "contract/attestations";
    }
}
