package io.mekiki.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract's record as a person writes it (the API's body, the page's form), before it is checked: what is
 * left out of a creation is taken from the chosen candidate's service (contracting entity, data locations);
 * a revision replaces the whole record.
 *
 * @param contractingEntity the provider's legal entity the contract is made with
 * @param plan the plan or edition contracted, e.g. "Enterprise"
 * @param termsVersion the version of the terms of use agreed
 * @param termsDate the date of those terms
 * @param startsOn the first day of the contract
 * @param initialTermMonths the initial term, 1–120 months
 * @param autoRenewal whether the contract renews itself (自動更新) unless notice is given
 * @param renewalTermMonths the term of each renewal, 1–120 months; required with automatic renewal, absent without
 * @param ourNotice the notice we must give to end the contract (or stop its renewal)
 * @param providerNotice the notice the provider must give to end it
 * @param serviceChangeNotice the notice the provider must give before changing the service
 * @param dataLocations the countries where the data may be kept, ISO 3166-1 alpha-2
 * @param priceAmount the price, at most two decimals
 * @param priceCurrency ISO 4217, e.g. JPY
 * @param pricePeriod ONE_TIME, MONTH or YEAR
 */
public record ContractDetails(
        @Nullable String contractingEntity,
        @Nullable String plan,
        @Nullable String termsVersion,
        @Nullable LocalDate termsDate,
        @Nullable LocalDate startsOn,
        @Nullable Integer initialTermMonths,
        @Nullable Boolean autoRenewal,
        @Nullable Integer renewalTermMonths,
        @Nullable Notice ourNotice,
        @Nullable Notice providerNotice,
        @Nullable Notice serviceChangeNotice,
        @Nullable String governingLaw,
        @Nullable String jurisdiction,
        @Nullable List<String> dataLocations,
        @Nullable BigDecimal priceAmount,
        @Nullable String priceCurrency,
        @Nullable String pricePeriod) {

    /** A notice period as written: an amount of {@code DAYS} or {@code MONTHS}. */
    public record Notice(@Nullable Integer amount, @Nullable String unit) {}
}
