-- The time zone the organisation's people read times in, and whose calendar counts due dates.
alter table profile_organization_profile
    add column time_zone text not null default 'Asia/Tokyo' check (length(time_zone) between 1 and 64);
