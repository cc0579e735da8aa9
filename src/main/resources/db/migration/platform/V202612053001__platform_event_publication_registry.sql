-- Spring Modulith's event publication registry (ADR 024): one row per event and listener that reacts after
-- the publishing transaction has committed (@ApplicationModuleListener). A row without completion_date is a
-- reaction that has not yet succeeded; it is handed to its listener again at start-up. The layout is the one
-- of spring-modulith-events-jdbc 2.0 (schema v2, PostgreSQL); Spring's own schema initialisation is off.
create table if not exists event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
