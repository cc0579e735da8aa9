-- A candidate's scoping history keeps its changes as initiatives do (ScopingChange.storedJson): who
-- changed it by user id in a column of its own (null for the system), the plan's changes under
-- planChanges and the diff as an object. Rows written in the first form are brought into this one.
alter table selection_candidate_scoping_change add column changed_by_id uuid;

update selection_candidate_scoping_change
set changed_by_id = (change::jsonb ->> 'changedById')::uuid
where change::jsonb ? 'changedById';

update selection_candidate_scoping_change
set change = jsonb_build_object(
        'planChanges', change::jsonb -> 'because',
        'first', change::jsonb -> 'first',
        'diff', (change::jsonb ->> 'diff')::jsonb)::text
where change::jsonb ? 'because';
