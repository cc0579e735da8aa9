-- The mail log (ADR 043): recipient, category, template, subject and status of each mail; never its body,
-- which may carry a one-time link.
create table notification_mail (
    id                uuid        primary key,
    recipient_address text        not null,
    recipient_user_id uuid,
    category          text        not null,
    template          text        not null,
    language          text        not null,
    subject           text        not null,
    status            text        not null check (status in ('QUEUED', 'SENT', 'FAILED', 'NOT_CONFIGURED', 'SWITCHED_OFF')),
    failure           text,
    created_at        timestamptz not null,
    sent_at           timestamptz
);
create index notification_mail_recipient on notification_mail (recipient_address, created_at desc);

-- The mail categories a person switched off (security mail cannot be).
create table notification_mail_preference (
    organization_id uuid not null,
    user_id         uuid not null,
    category        text not null check (category <> 'SECURITY'),
    primary key (user_id, category)
);

-- The bell: a person's notifications, read or not.
create table notification_item (
    id              uuid        primary key,
    organization_id uuid        not null,
    user_id         uuid        not null,
    category        text        not null,
    message_key     text        not null,
    arguments       text[]      not null default '{}',
    link            text,
    created_at      timestamptz not null,
    read_at         timestamptz
);
create index notification_item_person on notification_item (user_id, created_at desc);
create index notification_item_unread on notification_item (user_id) where read_at is null;

-- One reminder per date and recipient, never two: the key says what is due and when (ADR 043).
create table notification_reminder_sent (
    reminder_key      text        not null,
    recipient_user_id uuid        not null,
    organization_id   uuid        not null,
    sent_at           timestamptz not null,
    primary key (reminder_key, recipient_user_id)
);
