/**
 * Service-level management (サービスレベルマネジメント), the fourth phase of an initiative: the SLA metrics of a
 * contract with their targets and the measurements taken against them (attainment per period, breaches,
 * service credits), incidents with the reporting clocks the catalogue release sets, the findings that
 * monitoring and incidents raise (root cause, countermeasure, owner, due date; significant ones go to an
 * executive decision), and contingencies (不測事態) commanded and recorded on a timeline. Contributes the
 * operation gates' conditions through {@link io.mekiki.initiative.GateContributions}. Each contract year ends
 * with a supervision review (外部委託先の監督状況, ADR 038) that compiles the year, is approved by an executive and
 * decides the continuation with the initiative's move. Builds on contracts,
 * initiatives, decisions, assets and the catalogue; none of them knows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operation")
package io.mekiki.operation;
