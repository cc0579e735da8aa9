package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDates;
import io.mekiki.contract.ContractStatus;
import io.mekiki.contract.DataReturn;
import io.mekiki.contract.DeletionProof;
import io.mekiki.contract.NoticePeriod;
import io.mekiki.contract.PricePeriod;
import io.mekiki.contract.TerminationNotice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contract as the API returns it, with the dates that follow from it as of today in the organisation's
 * calendar, and the provider's termination notice once recorded (ADR 046; it is recorded by starting the exit
 * from the notice, {@code POST /api/v1/exits} with {@code noticeReceivedOn} and {@code noticeEffectiveOn}).
 */
record ContractView(
        UUID id,
        UUID initiativeId,
        UUID candidateId,
        UUID providerId,
        UUID serviceId,
        String title,
        ContractStatus status,
        String contractingEntity,
        @Nullable String plan,
        @Nullable String termsVersion,
        @Nullable LocalDate termsDate,
        Contract.@Nullable TermsDocument termsDocument,
        LocalDate startsOn,
        int initialTermMonths,
        boolean autoRenewal,
        @Nullable Integer renewalTermMonths,
        @Nullable NoticePeriod ourNotice,
        @Nullable NoticePeriod providerNotice,
        @Nullable NoticePeriod serviceChangeNotice,
        @Nullable String governingLaw,
        @Nullable String jurisdiction,
        List<String> dataLocations,
        @Nullable BigDecimal priceAmount,
        @Nullable String priceCurrency,
        @Nullable PricePeriod pricePeriod,
        ExitTermsView exitTerms,
        @Nullable TerminationNotice terminationNotice,
        Dates dates,
        Instant updatedAt,
        long version) {

    static ContractView of(Contract contract, LocalDate today) {
        ContractDates.OnDay on = contract.dates(today);
        return new ContractView(
                contract.id(),
                contract.initiativeId(),
                contract.candidateId(),
                contract.providerId(),
                contract.serviceId(),
                contract.title(),
                contract.status(),
                contract.contractingEntity(),
                contract.plan(),
                contract.termsVersion(),
                contract.termsDate(),
                contract.termsDocument(),
                contract.startsOn(),
                contract.initialTermMonths(),
                contract.autoRenewal(),
                contract.renewalTermMonths(),
                contract.ourNotice(),
                contract.providerNotice(),
                contract.serviceChangeNotice(),
                contract.governingLaw(),
                contract.jurisdiction(),
                contract.dataLocations(),
                contract.priceAmount(),
                contract.priceCurrency(),
                contract.pricePeriod(),
                new ExitTermsView(
                        contract.dataReturns(),
                        contract.deletionMethod(),
                        contract.deletionProof(),
                        contract.deletionProofNote(),
                        contract.exitTermsFixed()),
                contract.terminationNotice(),
                new Dates(
                        today,
                        on.standing(),
                        on.current().number(),
                        on.current().start(),
                        on.current().end(),
                        on.nextRenewal(),
                        on.noticeDeadline(),
                        on.nextNoticeDeadline()),
                contract.updatedAt(),
                contract.version());
    }

    /**
     * The exit terms fixed now for the end of the use.
     *
     * @param fixed at least one data set to return, the deletion method and its proof
     */
    record ExitTermsView(
            List<DataReturn> dataReturns,
            @Nullable String deletionMethod,
            @Nullable DeletionProof deletionProof,
            @Nullable String deletionProofNote,
            boolean fixed) {}

    /**
     * The dates as of {@code today}.
     *
     * @param termNumber the current term, counted from 1 (the initial term)
     * @param nextRenewal the first day of the next term; null when the contract does not renew
     * @param noticeDeadline the last day to give notice to stop the renewal at the current term's end
     * @param nextNoticeDeadline the first notice deadline on or after today
     */
    record Dates(
            LocalDate today,
            ContractDates.Standing standing,
            int termNumber,
            LocalDate termStart,
            LocalDate termEnd,
            @Nullable LocalDate nextRenewal,
            @Nullable LocalDate noticeDeadline,
            @Nullable LocalDate nextNoticeDeadline) {}
}
