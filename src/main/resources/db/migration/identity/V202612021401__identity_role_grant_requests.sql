-- A role an administrator asked to grant themselves, waiting for another administrator (see ADR 009).
-- The row goes when it is confirmed or declined; the ledger keeps the story.
create table identity_role_grant_request (
    id              uuid        primary key,
    organization_id uuid        not null references identity_organization (id),
    user_id         uuid        not null references identity_user_account (id),
    role            text        not null,
    requested_by    uuid        not null references identity_user_account (id),
    requested_at    timestamptz not null,
    constraint identity_role_grant_request_once unique (user_id, role)
);

create index identity_role_grant_request_organization on identity_role_grant_request (organization_id);
