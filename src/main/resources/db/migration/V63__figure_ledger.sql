-- The figure ledger: the sums of every unit's own records by calendar month, kept by the modules'
-- triggers through add_unit_tallies, and the same sums rolled up to every unit above on each of the
-- unit's places, kept here, also when units move, merge or end. A review of a subtree as the
-- hierarchy stood on a day reads the rows of the units directly below instead of the records.
-- Exact by construction: every change of a record or of a place changes the sums in the same
-- transaction. See docs/REPORTS.md ("The figure ledger").

create table unit_tally (
    unit_id bigint not null,
    figure  text collate "C" not null,
    month   date not null,
    amount  bigint not null,
    constraint unit_tally_pkey primary key (unit_id, figure, month) include (amount)
);

-- placed_from .. placed_to (exclusive) are the days a review may be "as of" for which the unit
-- stood in this place: from its arrival (the beginning of time for its first place) until its
-- next place begins (forever for its last, also once it has ended: it then counts where it stood
-- on its last day, as Subtree.placed() does).
create table subtree_tally (
    node_id     bigint not null,
    figure      text collate "C" not null,
    month       date not null,
    placed_from date not null,
    placed_to   date not null,
    amount      bigint not null,
    constraint subtree_tally_pkey primary key (node_id, figure, month, placed_from, placed_to)
        include (amount)
);

create index unit_placement_parent_idx on unit_placement (parent_id, valid_from);
create index unit_placement_from_idx on unit_placement (valid_from) include (unit_id);

-- Each place of the given rows as a span of review days, with the units above it on its path.
create function placement_spans(units bigint[], paths text[], froms date[])
returns table (unit_id bigint, placed_from date, placed_to date, ancestors bigint[])
language sql immutable as $$
    select p.unit_id,
           case when row_number() over w = 1 then '-infinity'::date else p.valid_from end,
           coalesce(lead(p.valid_from) over w, 'infinity'::date),
           trim_array(string_to_array(trim(both '/' from p.path), '/')::bigint[], 1)
      from unnest(units, paths, froms) as p(unit_id, path, valid_from)
    window w as (partition by p.unit_id order by p.valid_from)
$$;

-- The places of the given units now.
create function placement_spans_of(units bigint[])
returns table (unit_id bigint, placed_from date, placed_to date, ancestors bigint[])
language sql stable as $$
    select s.*
      from (select array_agg(p.unit_id) as units, array_agg(p.path::text) as paths,
                   array_agg(p.valid_from) as froms
              from unit_placement p where p.unit_id = any(units)) a
     cross join lateral placement_spans(a.units, a.paths, a.froms) s
$$;

-- The modules' one way in: adds amounts to units' months (any day of the month), zero or null
-- amounts ignored, null arrays accepted.
create function add_unit_tallies(units bigint[], months date[], figures text[], amounts bigint[])
returns void language sql as $$
    with change as (
        select d.unit_id, d.figure collate "C" as figure,
               date_trunc('month', d.month)::date as month, sum(d.amount)::bigint as amount
          from unnest(units, figures, months, amounts) as d(unit_id, figure, month, amount)
         where d.amount is not null
         group by 1, 2, 3
        having sum(d.amount) <> 0
    ), own as (
        insert into unit_tally as t (unit_id, figure, month, amount)
        select unit_id, figure, month, amount from change order by 1, 2, 3
            on conflict (unit_id, figure, month) do update set amount = t.amount + excluded.amount
    )
    insert into subtree_tally as t (node_id, figure, month, placed_from, placed_to, amount)
    select a.node_id, c.figure, c.month, s.placed_from, s.placed_to, sum(c.amount)
      from change c
      join placement_spans_of(array(select distinct unit_id from change)) s
        on s.unit_id = c.unit_id
     cross join lateral unnest(s.ancestors) as a(node_id)
     group by 1, 2, 3, 4, 5
     order by 1, 2, 3, 4, 5
        on conflict (node_id, figure, month, placed_from, placed_to)
        do update set amount = t.amount + excluded.amount
$$;

-- Recomputes the rolled-up sums of the figures starting with the prefix from unit_tally and the
-- places: the migrations' backfills use it, and the tests prove that it changes nothing.
create function rebuild_subtree_tallies(prefix text) returns void language plpgsql as $$
declare
    upper_bound text := left(prefix, -1) || chr(ascii(right(prefix, 1)) + 1);
begin
    delete from subtree_tally where figure >= prefix and figure < upper_bound;
    insert into subtree_tally (node_id, figure, month, placed_from, placed_to, amount)
    select a.node_id, t.figure, t.month, s.placed_from, s.placed_to, sum(t.amount)
      from unit_tally t
      join (select s.*
              from (select array_agg(p.unit_id) as units, array_agg(p.path::text) as paths,
                           array_agg(p.valid_from) as froms
                      from unit_placement p) a
             cross join lateral placement_spans(a.units, a.paths, a.froms) s) s
        on s.unit_id = t.unit_id
     cross join lateral unnest(s.ancestors) as a(node_id)
     where t.figure >= prefix and t.figure < upper_bound
     group by 1, 2, 3, 4, 5
    having sum(t.amount) <> 0;
end
$$;

-- A place opened, closed, moved or removed: the units' sums leave the spans they had and join
-- the spans they have now (spans that did not change cancel out).
create function unit_placement_tallies() returns trigger language plpgsql as $$
declare
    changed bigint[];
    before_units bigint[];
    before_paths text[];
    before_froms date[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct unit_id) into changed from new_rows;
    elsif tg_op = 'UPDATE' then
        select array_agg(distinct unit_id) into changed
          from (select unit_id from new_rows union select unit_id from old_rows) x;
    else
        select array_agg(distinct unit_id) into changed from old_rows;
    end if;
    select array_agg(distinct t.unit_id) into changed
      from unit_tally t where t.unit_id = any(changed);
    if changed is null then
        return null;
    end if;

    if tg_op = 'INSERT' then
        select array_agg(p.unit_id), array_agg(p.path::text), array_agg(p.valid_from)
          into before_units, before_paths, before_froms
          from unit_placement p
         where p.unit_id = any(changed) and p.id not in (select id from new_rows);
    elsif tg_op = 'UPDATE' then
        select array_agg(p.unit_id), array_agg(p.path), array_agg(p.valid_from)
          into before_units, before_paths, before_froms
          from (select unit_id, path::text, valid_from from unit_placement
                 where unit_id = any(changed) and id not in (select id from new_rows)
                union all
                select unit_id, path::text, valid_from from old_rows
                 where unit_id = any(changed)) p;
    else
        select array_agg(p.unit_id), array_agg(p.path), array_agg(p.valid_from)
          into before_units, before_paths, before_froms
          from (select unit_id, path::text, valid_from from unit_placement
                 where unit_id = any(changed)
                union all
                select unit_id, path::text, valid_from from old_rows
                 where unit_id = any(changed)) p;
    end if;

    insert into subtree_tally as t (node_id, figure, month, placed_from, placed_to, amount)
    select a.node_id, u.figure, u.month, s.placed_from, s.placed_to, sum(s.sign * u.amount)
      from (select 1 as sign, * from placement_spans_of(changed)
            union all
            select -1, * from placement_spans(before_units, before_paths, before_froms)) s
      join unit_tally u on u.unit_id = s.unit_id
     cross join lateral unnest(s.ancestors) as a(node_id)
     group by 1, 2, 3, 4, 5
    having sum(s.sign * u.amount) <> 0
     order by 1, 2, 3, 4, 5
        on conflict (node_id, figure, month, placed_from, placed_to)
        do update set amount = t.amount + excluded.amount;
    return null;
end
$$;

create trigger unit_placement_tallies_inserted after insert on unit_placement
    referencing new table as new_rows
    for each statement execute function unit_placement_tallies();
create trigger unit_placement_tallies_updated after update on unit_placement
    referencing old table as old_rows new table as new_rows
    for each statement execute function unit_placement_tallies();
create trigger unit_placement_tallies_deleted after delete on unit_placement
    referencing old table as old_rows
    for each statement execute function unit_placement_tallies();
