-- Each place a unit has had, with the day its next place began: the span of days on which a report
-- counts the unit there (docs/REPORTS.md). A unit stands in a place from valid_from until its next
-- place begins; a unit that ended stays counted where it last stood. Subtree.placed() reads this
-- table: one range condition instead of looking, for every unit that ended, for a later place.
--
-- The ledger (V63, placement_spans) makes the same spans, except that there a unit's first place
-- also covers the days before it was founded.
create table unit_span (
    unit_id    bigint not null references org_unit (id),
    valid_from date not null,
    placed_to  date not null,
    path       text collate "C" not null,
    primary key (unit_id, valid_from)
);
create index unit_span_path_idx on unit_span (path, valid_from) include (unit_id, placed_to);

-- The units' spans as their placements are now. The units are locked first, so that two
-- transactions placing the same unit refresh its spans one after the other, each from what the
-- other committed.
create function refresh_unit_spans(units bigint[]) returns void language plpgsql as $$
begin
    perform 1 from org_unit where id = any(units) order by id for no key update;
    delete from unit_span where unit_id = any(units);
    insert into unit_span (unit_id, valid_from, placed_to, path)
    select p.unit_id, p.valid_from,
           coalesce(lead(p.valid_from) over (partition by p.unit_id order by p.valid_from),
                    'infinity'::date),
           p.path
      from unit_placement p
     where p.unit_id = any(units);
end
$$;

create function unit_placement_spans() returns trigger language plpgsql as $$
declare
    changed bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct unit_id) into changed from new_rows;
    elsif tg_op = 'UPDATE' then
        select array_agg(distinct unit_id) into changed
          from (select unit_id from new_rows union select unit_id from old_rows) x;
    else
        select array_agg(distinct unit_id) into changed from old_rows;
    end if;
    if changed is not null then
        perform refresh_unit_spans(changed);
    end if;
    return null;
end
$$;

create trigger unit_placement_spans_inserted after insert on unit_placement
    referencing new table as new_rows
    for each statement execute function unit_placement_spans();
create trigger unit_placement_spans_updated after update on unit_placement
    referencing old table as old_rows new table as new_rows
    for each statement execute function unit_placement_spans();
create trigger unit_placement_spans_deleted after delete on unit_placement
    referencing old table as old_rows
    for each statement execute function unit_placement_spans();

insert into unit_span (unit_id, valid_from, placed_to, path)
select p.unit_id, p.valid_from,
       coalesce(lead(p.valid_from) over (partition by p.unit_id order by p.valid_from),
                'infinity'::date),
       p.path
  from unit_placement p
 order by p.path, p.valid_from;

analyze unit_span;
