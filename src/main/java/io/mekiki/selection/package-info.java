/**
 * Selection (選定): the candidates (候補) an initiative considers, each a service of the provider
 * register, and the scoping of each candidate: the initiative's information assets and the
 * organisation's profile with the service's own facts (data and operation locations, provider, parent
 * and contracting-entity countries, subprocessor countries). Keeps each candidate's scoping and the
 * history of its changes, rescopes when the service, its provider or the initiative's assets change, and
 * gives the selection gates the candidates they rest on. Builds on initiatives and providers; neither
 * knows it. Publishes {@link io.mekiki.selection.CandidateChange} events, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Selection and candidates")
package io.mekiki.selection;
