/**
 * Cloud providers and their services (事業者・サービス): who the provider is (legal entity, headquarters,
 * ultimate parent, Japanese entity and its corporate number), its attestations and certifications with
 * their documents, subprocessors and contacts; and each service with the facts a cloud use is judged by:
 * data and operation locations, contracting entity, governing law, offered SLA, exit, notice, secondary
 * use, incidents, audit and AI. Other modules read a service's facts through
 * {@link io.mekiki.provider.CloudServices} and {@link io.mekiki.provider.ServiceFacts}, and learn of
 * changes from the {@link io.mekiki.provider.ProviderChange} events, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers and services")
package io.mekiki.provider;
