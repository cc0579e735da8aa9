-- People by user id (issue 9, ADR 024): who started an initiative, recorded a measurement or changed a
-- scoping is kept as the user's id. The text written until now ("name <e-mail>") stays beside the id: it is
-- what a record shows when its person cannot be matched to a user, so that nothing is lost.
alter table initiative_initiative add column created_by_id uuid;
alter table initiative_measurement add column recorded_by_id uuid;
alter table initiative_scoping_change add column changed_by_id uuid;

-- The address between the last < and > of the text, matched to a user of the same organisation.
update initiative_initiative i
   set created_by_id = u.id
  from identity_user_account u
 where u.organization_id = i.organization_id
   and lower(u.email) = lower(substring(i.created_by from '<([^<>]+)>\s*$'));

update initiative_measurement m
   set recorded_by_id = u.id
  from initiative_initiative i, identity_user_account u
 where i.id = m.initiative_id
   and u.organization_id = i.organization_id
   and lower(u.email) = lower(substring(m.recorded_by from '<([^<>]+)>\s*$'));

update initiative_scoping_change c
   set changed_by_id = u.id
  from identity_user_account u
 where u.organization_id = c.organization_id
   and lower(u.email) = lower(substring(c.changed_by from '<([^<>]+)>\s*$'));

-- What could not be matched keeps its text and is reported in the migration's log (Flyway shows notices).
do $$
declare
    unmatched record;
begin
    for unmatched in
        select 'initiative' as kind, id::text as record, created_by as written
          from initiative_initiative where created_by_id is null
        union all
        select 'measurement', measurement_id::text, recorded_by
          from initiative_measurement where recorded_by_id is null and recorded_by <> 'Mekiki'
        union all
        select 'scoping change', id::text, changed_by
          from initiative_scoping_change where changed_by_id is null and changed_by <> 'Mekiki'
    loop
        raise notice 'people by user id: % % keeps "%" as written (no user of its organisation has that address)',
            unmatched.kind, unmatched.record, unmatched.written;
    end loop;
end
$$;
