-- The candidate an initiative proposes to select (ADR 030): at most one per initiative.
create table selection_chosen_candidate (
    initiative_id   uuid        primary key,
    organization_id uuid        not null,
    candidate_id    uuid        not null,
    chosen_at       timestamptz not null,
    chosen_by       uuid
);
