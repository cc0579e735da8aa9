package io.mekiki.provider;

import io.mekiki.shared.ServiceModel;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a service that decide which laws and checks a cloud use of it calls for, gathered from
 * the service, its provider and the provider's subprocessors: the stable read model other modules (e.g.
 * the scoping of a candidate service) rest on. Country codes are ISO 3166-1 alpha-2, sorted.
 * Two readings of the same facts are equal records, so a reader can keep one and compare it later.
 * {@code nonResidentAccess} is null while not known.
 */
public record ServiceFacts(
        UUID serviceId,
        String serviceName,
        ServiceModel serviceModel,
        UUID providerId,
        String providerName,
        String providerCountry,
        @Nullable String parentName,
        @Nullable String parentCountry,
        @Nullable String contractingEntityName,
        @Nullable String contractingEntityCountry,
        List<String> dataLocations,
        boolean customerChoosesLocation,
        List<String> operationLocations,
        List<String> subprocessorCountries,
        @Nullable Boolean nonResidentAccess) {

    /** Facts of a service whose non-resident access is not known. */
    public ServiceFacts(
            UUID serviceId,
            String serviceName,
            ServiceModel serviceModel,
            UUID providerId,
            String providerName,
            String providerCountry,
            @Nullable String parentName,
            @Nullable String parentCountry,
            @Nullable String contractingEntityName,
            @Nullable String contractingEntityCountry,
            List<String> dataLocations,
            boolean customerChoosesLocation,
            List<String> operationLocations,
            List<String> subprocessorCountries) {
        this(
                serviceId,
                serviceName,
                serviceModel,
                providerId,
                providerName,
                providerCountry,
                parentName,
                parentCountry,
                contractingEntityName,
                contractingEntityCountry,
                dataLocations,
                customerChoosesLocation,
                operationLocations,
                subprocessorCountries,
                null);
    }

    public ServiceFacts {
        dataLocations = sorted(dataLocations);
        operationLocations = sorted(operationLocations);
        subprocessorCountries = sorted(subprocessorCountries);
    }

    /** Every country the data may be in or reached from, or whose law the provider answers to. */
    public List<String> allCountries() {
        TreeSet<String> all = new TreeSet<>();
        all.addAll(dataLocations);
        all.addAll(operationLocations);
        all.addAll(subprocessorCountries);
        all.add(providerCountry);
        if (parentCountry != null) {
            all.add(parentCountry);
        }
        if (contractingEntityCountry != null) {
            all.add(contractingEntityCountry);
        }
        return List.copyOf(all);
    }

    private static List<String> sorted(List<String> countries) {
        return List.copyOf(new TreeSet<>(countries));
    }
}
