/**
 * Initiatives (導入案件): one intended use of a cloud service, from preparation to closing. Keeps the
 * plan (purpose, benefits, KPIs, assets in scope, service model, deployment, data locations), the
 * scoping computed from it with the catalogue release used and the history of its changes, and the
 * phase. A phase is left only through its gates: executive decisions (from the decision module) that
 * are approved on the initiative's current basis. Publishes {@link io.mekiki.initiative.InitiativeChange}
 * events, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives")
package io.mekiki.initiative;
