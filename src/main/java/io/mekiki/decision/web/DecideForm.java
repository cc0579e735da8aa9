package io.mekiki.decision.web;

import io.mekiki.decision.DecisionOutcome;
import java.util.Arrays;
import java.util.List;

/** The decide form of a decision's page: outcome, rationale, and the conditions one per line. */
public class DecideForm {

    static final List<String> FIELDS = List.of("outcome", "rationale", "conditions");

    private String outcome = "";
    private String rationale = "";
    private String conditions = "";

    List<String> conditionLines() {
        return Lines.of(conditions);
    }

    /** The chosen outcome; null when none (or no known one) was chosen, which the decision refuses. */
    DecisionOutcome outcome() {
        return Arrays.stream(DecisionOutcome.values())
                .filter(outcome -> outcome.name().equals(this.outcome))
                .findFirst()
                .orElse(null);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome == null ? "" : outcome;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale == null ? "" : rationale;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions == null ? "" : conditions;
    }
}
