-- Module events are named in the past tense and carry typed fields (ADR 026). The event publication registry
-- stores each event with its Java type and its JSON (ADR 024). Of the renamed events only the initiative's
-- went through the registry (io.mekiki.initiative.InitiativeChange, handed to the candidates module after
-- commit); the asset, catalogue, decision, identity and instruction events only ever had same-transaction
-- listeners, which the registry does not record. Each stored initiative event is renamed to the record that
-- replaces it and its JSON rewritten to that record's fields, so that an incomplete publication can still be
-- handed to its listener at start-up and completed ones name a type that exists. The audit ledger is not
-- touched: it stores action strings, which stay the same.
update event_publication
set event_type = case e ->> 'action'
        when 'initiative.initiative.created' then 'io.mekiki.initiative.InitiativeCreated'
        when 'initiative.initiative.revised' then 'io.mekiki.initiative.InitiativeRevised'
        when 'initiative.kpi.measured' then 'io.mekiki.initiative.KpiMeasured'
        when 'initiative.phase.moved' then 'io.mekiki.initiative.InitiativeMoved'
        when 'initiative.scoping.recomputed' then 'io.mekiki.initiative.InitiativeRescoped'
    end,
    serialized_event = (jsonb_build_object(
            'organizationId', e -> 'organizationId',
            'actor', e -> 'actor',
            'initiativeId', e -> 'subjectId')
        || case e ->> 'action'
            when 'initiative.initiative.created' then jsonb_build_object('facts', e -> 'change')
            when 'initiative.initiative.revised' then jsonb_build_object('changes', e -> 'change')
            when 'initiative.kpi.measured' then jsonb_build_object(
                'kpiId', e -> 'change' -> 'kpiId',
                'kpi', e -> 'change' -> 'kpi',
                'measuredOn', e -> 'change' -> 'measuredOn',
                'value', e -> 'change' -> 'value',
                'note', e -> 'change' -> 'note')
            when 'initiative.phase.moved' then jsonb_build_object(
                'move', e -> 'change' -> 'move',
                'from', e -> 'change' -> 'from',
                'to', e -> 'change' -> 'to',
                'branch', e -> 'change' -> 'branch',
                'year', e -> 'change' -> 'year',
                'gates', e -> 'change' -> 'gates')
            when 'initiative.scoping.recomputed' then jsonb_build_object(
                'scoping', (e -> 'change') - 'asset' - 'profile',
                'assetId', e -> 'change' -> 'asset',
                'profileFields', coalesce(e -> 'change' -> 'profile', '[]'::jsonb))
        end)::text
from (select id as row_id, serialized_event::jsonb as e from event_publication
      where event_type = 'io.mekiki.initiative.InitiativeChange') old
where event_publication.id = old.row_id
  and old.e ->> 'action' in ('initiative.initiative.created', 'initiative.initiative.revised',
                             'initiative.kpi.measured', 'initiative.phase.moved', 'initiative.scoping.recomputed');
