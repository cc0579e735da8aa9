create table identity_organization (
    id         uuid        primary key,
    name       text        not null,
    created_at timestamptz not null,
    version    bigint      not null
);

create table identity_user_account (
    id                       uuid        primary key,
    organization_id          uuid        not null references identity_organization (id),
    email                    text        not null,
    display_name             text        not null,
    password_hash            text,
    enabled                  boolean     not null,
    language                 text        not null,
    activation_token_hash    char(64),
    activation_expires_at    timestamptz,
    created_at               timestamptz not null,
    last_login_at            timestamptz,
    version                  bigint      not null
);

-- One account per e-mail address across all organisations: sign-in needs nothing but the address.
create unique index identity_user_account_email on identity_user_account (lower(email));
create index identity_user_account_organization on identity_user_account (organization_id);
create unique index identity_user_account_activation on identity_user_account (activation_token_hash);

create table identity_user_role (
    user_id uuid not null references identity_user_account (id) on delete cascade,
    role    text not null,
    primary key (user_id, role)
);

create table identity_api_token (
    id              uuid        primary key,
    user_id         uuid        not null references identity_user_account (id),
    organization_id uuid        not null,
    name            text        not null,
    token_hash      char(64)    not null unique,
    created_at      timestamptz not null,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

create index identity_api_token_user on identity_api_token (user_id);

create table identity_login_failure (
    id        bigserial   primary key,
    email     text        not null,
    failed_at timestamptz not null
);

create index identity_login_failure_email on identity_login_failure (lower(email), failed_at);

-- The one-time first-run setup link; only its hash is kept.
create table identity_setup_token (
    token_hash char(64)    primary key,
    created_at timestamptz not null
);
