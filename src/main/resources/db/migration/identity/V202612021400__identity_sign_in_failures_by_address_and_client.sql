-- Failed sign-ins are now counted per address, per client address and in total (see ADR 008). The
-- address tried is kept only as its SHA-256: it may be mistyped personal data, or even a password
-- typed into the wrong field.
drop table identity_login_failure;

create table identity_sign_in_failure (
    id             bigserial   primary key,
    address_hash   char(64)    not null,
    client_address text        not null,
    failed_at      timestamptz not null
);

create index identity_sign_in_failure_address on identity_sign_in_failure (address_hash, failed_at);
create index identity_sign_in_failure_client on identity_sign_in_failure (client_address, failed_at);
create index identity_sign_in_failure_time on identity_sign_in_failure (failed_at);

-- The session's principal name is the e-mail address, which may have up to 254 characters.
alter table spring_session alter column principal_name type varchar(320);
