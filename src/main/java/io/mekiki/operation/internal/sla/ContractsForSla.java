package io.mekiki.operation.internal.sla;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.contract.PricePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The contracts the SLA is kept on, read through the contract module's public API (ADR 035). */
@Component
class ContractsForSla implements SlaContracts {

    private final Contracts contracts;

    ContractsForSla(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public Optional<SlaContract> find(UUID organizationId, UUID contractId) {
        return contracts.find(organizationId, contractId).map(ContractsForSla::of);
    }

    @Override
    public List<SlaContract> inForce(UUID organizationId) {
        return contracts.inForce(organizationId).stream()
                .map(ContractsForSla::of)
                .toList();
    }

    @Override
    public List<Upcoming> upcoming(UUID organizationId, LocalDate until) {
        return contracts.upcoming(organizationId, until).stream()
                .map(date -> new Upcoming(date.contractId(), date.kind().name(), date.date()))
                .toList();
    }

    static SlaContract of(Contract contract) {
        return new SlaContract(
                contract.id(),
                contract.organizationId(),
                contract.initiativeId(),
                contract.title(),
                contract.startsOn(),
                contract.inForce(),
                monthlyFee(contract.priceAmount(), contract.priceCurrency(), contract.pricePeriod()));
    }

    /** The recurring price per month in whole yen: a monthly price as it is, a yearly one a twelfth; else none. */
    static @Nullable Long monthlyFee(
            @Nullable BigDecimal amount, @Nullable String currency, @Nullable PricePeriod period) {
        if (amount == null || period == null || !"JPY".equals(currency)) {
            return null;
        }
        return switch (period) {
            case MONTH -> amount.setScale(0, RoundingMode.DOWN).longValue();
            case YEAR ->
                amount.divide(BigDecimal.valueOf(12), 0, RoundingMode.DOWN).longValue();
            case ONE_TIME -> null;
        };
    }
}
