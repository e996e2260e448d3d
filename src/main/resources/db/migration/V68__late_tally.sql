-- A unit's first place counts in subtree_tally from the beginning of time, so that the sums of
-- units founded on different days share rows. A review as of a day before a unit was founded must
-- then take back what that unit's records (dated before it existed, or in the future) added; V63
-- found those units among every place opened after the day, which costs tens of milliseconds once
-- a reform has opened thousands of places. late_tally keeps the same sums by the day each unit's
-- first place began, so the review reads only the rows of units founded after its day.

create table late_tally (
    node_id    bigint not null,
    first_from date not null,
    figure     text collate "C" not null,
    month      date not null,
    amount     bigint not null,
    constraint late_tally_pkey primary key (node_id, first_from, figure, month) include (amount)
);

drop function placement_spans_of(bigint[]);
drop function placement_spans(bigint[], text[], date[]);

-- As in V63, with first_from: the day the unit's first place began, on its first span only.
create function placement_spans(units bigint[], paths text[], froms date[])
returns table (unit_id bigint, placed_from date, placed_to date, ancestors bigint[], first_from date)
language sql immutable as $$
    select p.unit_id,
           case when row_number() over w = 1 then '-infinity'::date else p.valid_from end,
           coalesce(lead(p.valid_from) over w, 'infinity'::date),
           trim_array(string_to_array(trim(both '/' from p.path), '/')::bigint[], 1),
           case when row_number() over w = 1 then p.valid_from end
      from unnest(units, paths, froms) as p(unit_id, path, valid_from)
    window w as (partition by p.unit_id order by p.valid_from)
$$;

create function placement_spans_of(units bigint[])
returns table (unit_id bigint, placed_from date, placed_to date, ancestors bigint[], first_from date)
language sql stable as $$
    select s.*
      from (select array_agg(p.unit_id) as units, array_agg(p.path::text) as paths,
                   array_agg(p.valid_from) as froms
              from unit_placement p where p.unit_id = any(units)) a
     cross join lateral placement_spans(a.units, a.paths, a.froms) s
$$;

-- The units' sums on each of their spans and each unit above, signed: what the two tables take.
create or replace function add_unit_tallies(units bigint[], months date[], figures text[], amounts bigint[])
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
    ), above as (
        select a.node_id, c.figure, c.month, s.placed_from, s.placed_to, s.first_from, c.amount
          from change c
          join placement_spans_of(array(select distinct unit_id from change)) s
            on s.unit_id = c.unit_id
         cross join lateral unnest(s.ancestors) as a(node_id)
    ), spans as (
        insert into subtree_tally as t (node_id, figure, month, placed_from, placed_to, amount)
        select node_id, figure, month, placed_from, placed_to, sum(amount)
          from above
         group by 1, 2, 3, 4, 5
         order by 1, 2, 3, 4, 5
            on conflict (node_id, figure, month, placed_from, placed_to)
            do update set amount = t.amount + excluded.amount
    )
    insert into late_tally as t (node_id, first_from, figure, month, amount)
    select node_id, first_from, figure, month, sum(amount)
      from above
     where first_from is not null
     group by 1, 2, 3, 4
     order by 1, 2, 3, 4
        on conflict (node_id, first_from, figure, month)
        do update set amount = t.amount + excluded.amount
$$;

-- The signed sums of units on spans moved into both tables (spans that did not change cancel).
create function move_unit_tallies(changed bigint[], before_units bigint[], before_paths text[],
                                  before_froms date[])
returns void language sql as $$
    with moved as (
        select a.node_id, u.figure, u.month, s.placed_from, s.placed_to, s.first_from,
               s.sign * u.amount as amount
          from (select 1 as sign, * from placement_spans_of(changed)
                union all
                select -1, * from placement_spans(before_units, before_paths, before_froms)) s
          join unit_tally u on u.unit_id = s.unit_id
         cross join lateral unnest(s.ancestors) as a(node_id)
    ), spans as (
        insert into subtree_tally as t (node_id, figure, month, placed_from, placed_to, amount)
        select node_id, figure, month, placed_from, placed_to, sum(amount)
          from moved
         group by 1, 2, 3, 4, 5
        having sum(amount) <> 0
         order by 1, 2, 3, 4, 5
            on conflict (node_id, figure, month, placed_from, placed_to)
            do update set amount = t.amount + excluded.amount
    )
    insert into late_tally as t (node_id, first_from, figure, month, amount)
    select node_id, first_from, figure, month, sum(amount)
      from moved
     where first_from is not null
     group by 1, 2, 3, 4
    having sum(amount) <> 0
     order by 1, 2, 3, 4
        on conflict (node_id, first_from, figure, month)
        do update set amount = t.amount + excluded.amount
$$;

create or replace function unit_placement_tallies() returns trigger language plpgsql as $$
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

    perform move_unit_tallies(changed, before_units, before_paths, before_froms);
    return null;
end
$$;

create or replace function rebuild_subtree_tallies(prefix text) returns void language plpgsql as $$
declare
    upper_bound text := left(prefix, -1) || chr(ascii(right(prefix, 1)) + 1);
begin
    delete from subtree_tally where figure >= prefix and figure < upper_bound;
    delete from late_tally where figure >= prefix and figure < upper_bound;
    create temporary table rebuilt_spans on commit drop as
    select s.*
      from (select array_agg(p.unit_id) as units, array_agg(p.path::text) as paths,
                   array_agg(p.valid_from) as froms
              from unit_placement p) a
     cross join lateral placement_spans(a.units, a.paths, a.froms) s;
    insert into subtree_tally (node_id, figure, month, placed_from, placed_to, amount)
    select a.node_id, t.figure, t.month, s.placed_from, s.placed_to, sum(t.amount)
      from unit_tally t
      join rebuilt_spans s on s.unit_id = t.unit_id
     cross join lateral unnest(s.ancestors) as a(node_id)
     where t.figure >= prefix and t.figure < upper_bound
     group by 1, 2, 3, 4, 5
    having sum(t.amount) <> 0;
    insert into late_tally (node_id, first_from, figure, month, amount)
    select a.node_id, s.first_from, t.figure, t.month, sum(t.amount)
      from unit_tally t
      join rebuilt_spans s on s.unit_id = t.unit_id and s.first_from is not null
     cross join lateral unnest(s.ancestors) as a(node_id)
     where t.figure >= prefix and t.figure < upper_bound
     group by 1, 2, 3, 4
    having sum(t.amount) <> 0;
    drop table rebuilt_spans;
end
$$;

-- The sums already kept, by each unit's founding day.
insert into late_tally (node_id, first_from, figure, month, amount)
select a.node_id, s.first_from, t.figure, t.month, sum(t.amount)
  from unit_tally t
  join (select s.*
          from (select array_agg(p.unit_id) as units, array_agg(p.path::text) as paths,
                       array_agg(p.valid_from) as froms
                  from unit_placement p) a
         cross join lateral placement_spans(a.units, a.paths, a.froms) s) s
    on s.unit_id = t.unit_id and s.first_from is not null
 cross join lateral unnest(s.ancestors) as a(node_id)
 group by 1, 2, 3, 4
having sum(t.amount) <> 0;
