-- unit_span (V70) also keeps each placement's parent, so that the ledger (Tallies) finds the units
-- directly below a unit on a day from the same spans Subtree.placed() reads, not with its own
-- look-ahead for a later place of each unit that ended.
alter table unit_span add column parent_id bigint references org_unit (id);

update unit_span s set parent_id = p.parent_id
  from unit_placement p
 where p.unit_id = s.unit_id and p.valid_from = s.valid_from;

create index unit_span_parent_idx on unit_span (parent_id, valid_from) include (unit_id, placed_to);

create or replace function refresh_unit_spans(units bigint[]) returns void language plpgsql as $$
begin
    perform 1 from org_unit where id = any(units) order by id for no key update;
    delete from unit_span where unit_id = any(units);
    insert into unit_span (unit_id, valid_from, placed_to, path, parent_id)
    select p.unit_id, p.valid_from,
           coalesce(lead(p.valid_from) over (partition by p.unit_id order by p.valid_from),
                    'infinity'::date),
           p.path, p.parent_id
      from unit_placement p
     where p.unit_id = any(units);
end
$$;

analyze unit_span;
