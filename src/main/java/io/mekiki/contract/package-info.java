/**
 * Contracts (利用申込み), the third phase of an initiative: the contract made with the chosen candidate's
 * provider (entity, plan, terms of use and their document, term, renewal, notice periods, law, jurisdiction,
 * data locations, price), the dates that follow from it (current term, next renewal, notice deadline), the
 * terms review against internal policy with the guide's special check items and the deviations an executive
 * approves, and the exit terms fixed before the end (data return, deletion and its proof). Contributes the
 * application gates' conditions and facts through {@link io.mekiki.initiative.GateContributions}. Builds on
 * selection, providers, initiatives and the catalogue; none of them knows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contract")
package io.mekiki.contract;
