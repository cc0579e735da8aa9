package io.mekiki.identity;

import io.mekiki.audit.Auditable;

/**
 * Something that happened to an organisation, a user or an API token; recorded in the audit ledger in
 * the transaction of the change.
 */
public sealed interface IdentityChange extends Auditable
        permits OrganizationCreated, UserChange, ApiTokenIssued, ApiTokenRevoked {

    String ORGANIZATION = "ORGANIZATION";
    String USER = "USER";
    String API_TOKEN = "API_TOKEN";
    String ROLE_GRANT_REQUEST = "ROLE_GRANT_REQUEST";
}
