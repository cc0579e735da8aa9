/**
 * Identity: organisations (the tenants), their users and roles, sign-in, personal API tokens and the
 * one-time first-run setup. Every query is scoped to the caller's organisation. Publishes
 * {@link io.mekiki.identity.IdentityChange} events, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.mekiki.identity;
