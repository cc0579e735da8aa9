/**
 * Assessments (評価): for each open candidate of an initiative, the answers to the check items that apply to
 * that candidate's own scoping, one row per item, with status, answer, source, who and when; progress per
 * section; answers of items that no longer apply kept apart as history. Sets the condition "every candidate
 * assessed" on the provider-selection gate. Builds on selection, catalogue and initiatives; none of them
 * knows it. Publishes {@link io.mekiki.assessment.AssessmentAnswered}, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessments")
package io.mekiki.assessment;
