-- The audit ledger: one SHA-256 hash chain per organisation, append-only.
create table audit_entry (
    organization_id uuid        not null,
    sequence        bigint      not null,
    recorded_at     timestamptz not null,
    actor_id        text        not null,
    actor_name      text        not null,
    action          text        not null,
    subject_type    text        not null,
    subject_id      text        not null,
    change          text        not null,
    change_digest   char(64)    not null,
    previous_hash   char(64)    not null,
    entry_hash      char(64)    not null,
    primary key (organization_id, sequence)
);

create index audit_entry_subject on audit_entry (organization_id, subject_type, subject_id);

-- The last link of each chain; appending locks this row so that sequences never fork.
create table audit_chain_head (
    organization_id uuid     primary key,
    last_sequence   bigint   not null,
    last_hash       char(64) not null
);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
