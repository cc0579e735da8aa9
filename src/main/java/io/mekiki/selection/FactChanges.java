package io.mekiki.selection;

import io.mekiki.provider.ServiceFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of a service's facts changed between two readings, by the codes a candidate's scoping history
 * names them with ({@code candidate.dataLocations}, …; the pages label them).
 */
final class FactChanges {

    private FactChanges() {}

    static List<String> between(ServiceFacts before, ServiceFacts after) {
        List<String> changed = new ArrayList<>();
        if (!before.dataLocations().equals(after.dataLocations())
                || before.customerChoosesLocation() != after.customerChoosesLocation()) {
            changed.add("candidate.dataLocations");
        }
        if (!before.operationLocations().equals(after.operationLocations())) {
            changed.add("candidate.operationLocations");
        }
        if (!before.providerName().equals(after.providerName())
                || !before.providerCountry().equals(after.providerCountry())) {
            changed.add("candidate.provider");
        }
        if (!Objects.equals(before.parentName(), after.parentName())
                || !Objects.equals(before.parentCountry(), after.parentCountry())) {
            changed.add("candidate.parent");
        }
        if (!Objects.equals(before.contractingEntityName(), after.contractingEntityName())
                || !Objects.equals(before.contractingEntityCountry(), after.contractingEntityCountry())) {
            changed.add("candidate.contractingEntity");
        }
        if (!before.subprocessorCountries().equals(after.subprocessorCountries())) {
            changed.add("candidate.subprocessorCountries");
        }
        if (!Objects.equals(before.nonResidentAccess(), after.nonResidentAccess())) {
            changed.add("candidate.nonResidentAccess");
        }
        if (before.serviceModel() != after.serviceModel()
                || !before.serviceName().equals(after.serviceName())) {
            changed.add("candidate.service");
        }
        return changed;
    }
}
