package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.provider.AttestationCoverage;
import io.mekiki.provider.Attestations;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coverage of a contract's year by its provider's attestations, for the service of the contract. */
@RestController
@Tag(name = "Attestations")
class ContractAttestationApi {

    static final int YEAR_MIN = 1;
    static final int YEAR_MAX = 100;

    private final Contracts contracts;
    private final Attestations attestations;
    private final PeopleDirectory people;

    ContractAttestationApi(Contracts contracts, Attestations attestations, PeopleDirectory people) {
        this.contracts = contracts;
        this.attestations = attestations;
        this.people = people;
    }

    @GetMapping("/api/v1/attestations")
    @Operation(
            summary = "What the provider's attestations cover of a contract's year (any member of the organisation)",
            description = "For the contract's service (attestations whose scope names it or names no service) and"
                    + " the contract year `year` (1 for the twelve months from the contract's start, as the yearly"
                    + " supervision review counts them; the year today is in when left out), as of today: per kind,"
                    + " the months covered by report periods or validities, the gaps, which months bridge letters"
                    + " close, the months still to come, the exceptions noted and the complementary user-entity"
                    + " controls expected, each with the person (`personNames`) or control of ours mapped to it;"
                    + " unmapped ones are gaps on our side.")
    @ApiResponse(responseCode = "400", description = "A contract year out of 1..100 (field `year`)")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    ContractCoverage coverage(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam UUID contractId,
            @Parameter(description = "Contract year, 1 for the first") @RequestParam(required = false) @Nullable
                    Integer year) {
        Contract contract = contracts.contract(user, contractId);
        int chosen = year(user, contract, year);
        attestations.tellLapses(user.organizationId());
        AttestationCoverage coverage = coverage(user, contract, chosen);
        return new ContractCoverage(contract.id(), contract.title(), chosen, coverage, personNames(user, coverage));
    }

    /** The contract year asked for, or the one today is in (the first before the contract starts). */
    int year(SignedInUser user, Contract contract, @Nullable Integer year) {
        if (year == null) {
            return current(contract, contracts.today(user.organizationId()));
        }
        if (year < YEAR_MIN || year > YEAR_MAX) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE,
                    "year",
                    "contract.attestations.yearOutOfRange",
                    YEAR_MIN,
                    YEAR_MAX);
        }
        return year;
    }

    static int current(Contract contract, LocalDate today) {
        int year = 1;
        while (year < YEAR_MAX && !contract.startsOn().plusYears(year).isAfter(today)) {
            year++;
        }
        return year;
    }

    /** Contract year {@code year}: from the start's anniversary to the day before the next one. */
    AttestationCoverage coverage(SignedInUser user, Contract contract, int year) {
        return attestations.coverage(
                user.organizationId(),
                contract.providerId(),
                contract.serviceId(),
                contract.startsOn().plusYears(year - 1L),
                contract.startsOn().plusYears(year).minusDays(1));
    }

    Map<UUID, String> personNames(SignedInUser user, AttestationCoverage coverage) {
        return people.names(
                user.organizationId(),
                coverage.kinds().stream()
                        .flatMap(kind -> kind.userEntityControls().stream())
                        .map(control -> control.personId())
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
    }

    /** The coverage of the contract's year, with the names of the people mapped to user-entity controls. */
    record ContractCoverage(
            UUID contractId,
            String contractTitle,
            int year,
            AttestationCoverage coverage,
            Map<UUID, String> personNames) {}
}
