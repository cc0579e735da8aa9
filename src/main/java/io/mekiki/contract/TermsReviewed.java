package io.mekiki.contract;

import io.mekiki.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Items of a contract's terms review were answered or reconfirmed; {@code items} holds each answer as it is now. */
public record TermsReviewed(
        UUID organizationId, Actor actor, UUID contractId, UUID initiativeId, List<Map<String, Object>> items)
        implements ContractChange {

    @Override
    public String action() {
        return "contract.termsReview.answered";
    }

    @Override
    public Map<String, ?> change() {
        return Map.of("items", items);
    }
}
