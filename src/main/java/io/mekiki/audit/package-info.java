/**
 * The audit ledger: every change of state in any module, appended in the same transaction as the
 * change, as a SHA-256 hash chain per organisation that an auditor can verify inside and outside the
 * application. Listens to {@link io.mekiki.audit.Auditable} events; never updates or deletes an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit ledger")
package io.mekiki.audit;
