package io.mekiki.decision;

import org.springframework.data.relational.core.mapping.Table;

/** Something the requester points the executive to. */
@Table("decision_evidence")
record DecisionEvidence(String kind, String reference, String label) {

    EvidenceLink link() {
        return new EvidenceLink(kind, reference, label);
    }
}
