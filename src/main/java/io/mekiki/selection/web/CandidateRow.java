package io.mekiki.selection.web;

import io.mekiki.catalog.Section;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.selection.Candidate;
import io.mekiki.shared.Countries;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A candidate as its lists show it: the service, its provider, the country facts by name in the reader's
 * language, and how much applies to it.
 */
record CandidateRow(
        UUID id,
        UUID serviceId,
        String serviceName,
        UUID providerId,
        String providerName,
        String providerCountry,
        @Nullable String parent,
        @Nullable String contractingEntity,
        String dataLocations,
        String operationLocations,
        String subprocessorCountries,
        int sections,
        int items,
        boolean overseas,
        boolean open,
        @Nullable String withdrawReason) {

    static CandidateRow of(Candidate candidate, Locale locale) {
        ServiceFacts facts = candidate.facts();
        return new CandidateRow(
                candidate.id(),
                candidate.serviceId(),
                facts.serviceName(),
                facts.providerId(),
                facts.providerName(),
                Countries.name(facts.providerCountry(), locale),
                facts.parentCountry() == null
                        ? null
                        : (facts.parentName() == null ? "" : facts.parentName() + " · ")
                                + Countries.name(facts.parentCountry(), locale),
                facts.contractingEntityCountry() == null
                        ? null
                        : (facts.contractingEntityName() == null ? "" : facts.contractingEntityName() + " · ")
                                + Countries.name(facts.contractingEntityCountry(), locale),
                names(facts.dataLocations(), locale),
                names(facts.operationLocations(), locale),
                names(facts.subprocessorCountries(), locale),
                candidate.scoping().sections().size(),
                candidate.scoping().items().size(),
                candidate.scoping().applies(Section.OVERSEAS),
                candidate.open(),
                candidate.withdrawReason());
    }

    private static String names(List<String> codes, Locale locale) {
        return codes.isEmpty()
                ? "—"
                : codes.stream().map(code -> Countries.name(code, locale)).collect(Collectors.joining(", "));
    }
}
