/**
 * Comparison (比較表): the weighted selection criteria of an initiative in the guide's groups plus cost, the
 * score of each open candidate and of keeping the work in-house on each criterion, the costs (entered per
 * candidate, from the assets' yearly cost in-house), the fit of each column with the initiative's KPIs, and
 * the side-by-side comparison that adds the assessments' conformance and blocking gaps. Sets the conditions
 * "criteria set" and "every column scored" on the adoption and provider-selection gates and contributes
 * criteria, scores, costs and KPI fit to their basis (ADR 031). Builds on selection, assessments,
 * initiatives, assets and the catalogue; none of them knows it. Publishes {@link
 * io.mekiki.comparison.ComparisonChange} events, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comparison")
package io.mekiki.comparison;
