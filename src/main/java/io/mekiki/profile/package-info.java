/**
 * The organisation's compliance profile: company form (large company with a board, listed), business
 * sectors, headquarters country and the internal policies in force with their last review. One profile
 * per organisation; the scoping engine reads it through {@link io.mekiki.profile.OrganizationProfiles}.
 * Publishes {@link io.mekiki.profile.ProfileUpdated} events, which the audit ledger records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation profile")
package io.mekiki.profile;
