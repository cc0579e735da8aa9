-- Contingencies (不測事態, ADR 037): opened by an executive on one or more initiatives of the organisation,
-- commanded by an executive, recorded on a timeline whose entries are never changed or deleted (a correction
-- is a new entry naming the one it corrects), closed by an executive with a review, read-only after.
create table operation_contingency (
    id                 uuid        primary key,
    organization_id    uuid        not null,
    kind               text        not null,
    title              text        not null,
    description        text        not null,
    began_at           timestamptz not null,
    commander_id       uuid        not null,
    commander_name     text        not null,
    opened_by          uuid        not null,
    opened_by_name     text        not null,
    opened_at          timestamptz not null,
    closed_at          timestamptz,
    closed_by          uuid,
    closed_by_name     text,
    review_worked      text,
    review_not_worked  text,
    review_actions     text,
    constraint operation_contingency_kind check (kind in
        ('WIDE_AREA_DISASTER', 'LARGE_DATA_LEAK', 'PROLONGED_OUTAGE', 'PROVIDER_FAILURE', 'OTHER')),
    constraint operation_contingency_title check (length(title) between 1 and 200),
    constraint operation_contingency_closed check ((closed_at is null) = (review_worked is null)
        and (closed_at is null) = (closed_by_name is null))
);
create index operation_contingency_organization on operation_contingency (organization_id, opened_at desc);
-- The banner on every page asks for the open ones of the organisation: this index answers it alone.
create index operation_contingency_open on operation_contingency (organization_id, began_at)
    where closed_at is null;

create table operation_contingency_initiative (
    contingency_id   uuid not null references operation_contingency (id),
    initiative_id    uuid not null,
    organization_id  uuid not null,
    initiative_title text not null,
    primary key (contingency_id, initiative_id)
);
create index operation_contingency_initiative_by_initiative
    on operation_contingency_initiative (organization_id, initiative_id);

create table operation_contingency_entry (
    id               uuid        primary key,
    contingency_id   uuid        not null references operation_contingency (id),
    organization_id  uuid        not null,
    number           integer     not null,
    kind             text        not null,
    occurred_at      timestamptz not null,
    recorded_at      timestamptz not null,
    author_id        uuid        not null,
    author_name      text        not null,
    text             text        not null,
    authority        text,
    reference        text,
    initiative_id    uuid,
    corrects         uuid        references operation_contingency_entry (id),
    decision_topic   text,
    constraint operation_contingency_entry_kind check (kind in
        ('COMMAND', 'DECISION', 'CUSTOMER_COMMUNICATION', 'AUTHORITY_COMMUNICATION', 'STATUS_UPDATE')),
    constraint operation_contingency_entry_authority check (kind <> 'AUTHORITY_COMMUNICATION' or authority is not null),
    unique (contingency_id, number)
);

-- A timeline entry, once recorded, stays as it was recorded: corrections are new entries.
create function operation_contingency_entry_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'a contingency timeline entry cannot be changed or deleted (%).', tg_op;
end;
$$;
create trigger operation_contingency_entry_unchanged
    before update or delete on operation_contingency_entry
    for each row execute function operation_contingency_entry_unchanged();
