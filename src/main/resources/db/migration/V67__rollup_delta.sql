-- The roll-up of unit figures on a day (FigureBook.rollUp) without reading every placement and
-- figure of the subtree. For every unit it keeps, per day on which something under it changed, how
-- much changed under it: a placement [valid_from, valid_to) of a grassroots union adds 1 unit on
-- valid_from and takes it away on valid_to, for every unit above it on its path (its proper
-- ancestors); a row of unit_figures adds its values over the days it shares with each placement of
-- its unit. What stood under a unit on day D is the sum of its deltas up to and including D.
--
-- Each delta is kept three times, by year, by month and by day, so that the sum up to D reads the
-- whole years before D, the whole months of D's year before D and the days of D's month up to D:
-- at most a few hundred rows per unit whatever its history.
--
-- Triggers keep it exact for every change of unit_placement, unit_figures, org_unit.level_id and
-- unit_level.grassroots. Each trigger reads the other tables as they are after its statement, so
-- one statement must not change two of them (the application never does: moving a subtree changes
-- placements and org_unit paths, not levels). A unit's figure records do not overlap
-- (FigureBook.record closes the one before): the query over placements would count a grassroots union
-- twice on a day two of its records shared, the deltas once.
create table rollup_delta (
    node_id        bigint  not null,
    grain          char(1) not null check (grain in ('Y', 'M', 'D')),
    period         date    not null,
    units          bigint  not null,
    workers        bigint  not null,
    women_workers  bigint  not null,
    members        bigint  not null,
    women_members  bigint  not null,
    primary key (node_id, grain, period) include (units, workers, women_workers, members, women_members)
);

-- The units placed directly under a unit on a day come from unit_placement_parent_idx (V63).

-- Something that stood at a place over [valid_from, valid_to), signed.
create type rollup_interval as (
    path           text,
    valid_from     date,
    valid_to       date,
    units          bigint,
    workers        bigint,
    women_workers  bigint,
    members        bigint,
    women_members  bigint
);

-- A placement, or a row of unit_figures, that counts (sign 1) or no longer counts (sign -1).
create type rollup_placed as (unit_id bigint, path text, valid_from date, valid_to date, sign int);
create type rollup_figured as (
    unit_id bigint, valid_from date, valid_to date,
    workers bigint, women_workers bigint, members bigint, women_members bigint, sign int);

-- The deltas the intervals make, summed per unit above, grain and period; zero sums left out.
create function rollup_deltas(intervals rollup_interval[]) returns setof rollup_delta
language sql stable as $$
  with edges as (
    select a.node::bigint as node_id, e.day, e.sign * i.units as units, e.sign * i.workers as workers,
           e.sign * i.women_workers as women_workers, e.sign * i.members as members,
           e.sign * i.women_members as women_members
      from unnest(intervals) i
      cross join lateral string_to_array(trim(both '/' from i.path), '/') s (ids)
      cross join lateral unnest(s.ids) with ordinality a (node, n)
      cross join lateral (values (i.valid_from, 1), (i.valid_to, -1)) e (day, sign)
     where a.n < cardinality(s.ids) and e.day is not null
  ), by_day as (
    select node_id, day, sum(units) as units, sum(workers) as workers,
           sum(women_workers) as women_workers, sum(members) as members,
           sum(women_members) as women_members
      from edges
     group by 1, 2
  )
  select node_id, g.grain, g.period, sum(units)::bigint, sum(workers)::bigint,
         sum(women_workers)::bigint, sum(members)::bigint, sum(women_members)::bigint
    from by_day
   cross join lateral (values
          ('Y', date_trunc('year', day::timestamp)::date),
          ('M', date_trunc('month', day::timestamp)::date),
          ('D', day)) g (grain, period)
   group by 1, 2, 3
  having sum(units) <> 0 or sum(workers) <> 0 or sum(women_workers) <> 0 or sum(members) <> 0
      or sum(women_members) <> 0
$$;

-- Adds the intervals' deltas; rows that come to zero are removed. Rows are locked years first (the
-- rows every change of the year shares), then months, then days, so that two transactions changing
-- the same year queue on its first row rather than deadlock.
create function rollup_add(intervals rollup_interval[]) returns void
language plpgsql as $$
declare
  emptied_nodes bigint[];
  emptied_grains char(1)[];
  emptied_periods date[];
begin
  if intervals is null or cardinality(intervals) = 0 then
    return;
  end if;
  with added as (
    insert into rollup_delta as r
    select * from rollup_deltas(intervals) d
     order by case d.grain when 'Y' then 0 when 'M' then 1 else 2 end, d.node_id, d.period
    on conflict (node_id, grain, period) do update
       set units = r.units + excluded.units,
           workers = r.workers + excluded.workers,
           women_workers = r.women_workers + excluded.women_workers,
           members = r.members + excluded.members,
           women_members = r.women_members + excluded.women_members
    returning r.node_id, r.grain, r.period,
              (r.units, r.workers, r.women_workers, r.members, r.women_members) = (0, 0, 0, 0, 0)
                as emptied
  )
  select array_agg(node_id), array_agg(grain), array_agg(period)
    into emptied_nodes, emptied_grains, emptied_periods
    from added where emptied;
  if emptied_nodes is not null then
    delete from rollup_delta r
     using unnest(emptied_nodes, emptied_grains, emptied_periods) e (node_id, grain, period)
     where r.node_id = e.node_id and r.grain = e.grain and r.period = e.period;
  end if;
end
$$;

-- The units the placements count: those of a grassroots level now.
create function rollup_units_placed(placed rollup_placed[]) returns setof rollup_interval
language sql stable as $$
  select p.path, p.valid_from, p.valid_to, p.sign::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint
    from unnest(placed) p
    join org_unit u on u.id = p.unit_id
    join unit_level l on l.id = u.level_id
   where l.grassroots
$$;

-- The figures of each placement's unit over the days they share with the placement.
create function rollup_figures_placed(placed rollup_placed[], figured rollup_figured[])
returns setof rollup_interval
language sql stable as $$
  select p.path, greatest(p.valid_from, f.valid_from), least(p.valid_to, f.valid_to), 0::bigint,
         p.sign * f.sign * f.workers, p.sign * f.sign * f.women_workers,
         p.sign * f.sign * f.members, p.sign * f.sign * f.women_members
    from unnest(placed) p
    join unnest(figured) f on f.unit_id = p.unit_id
   where f.valid_from < coalesce(p.valid_to, 'infinity')
     and p.valid_from < coalesce(f.valid_to, 'infinity')
$$;

-- The units' placements and figures as they stand (every unit's when units is null: two statements,
-- so that the units' own look-ups stay index scans).
create function rollup_placements_of(units bigint[]) returns rollup_placed[]
language plpgsql stable as $$
begin
  if units is null then
    return (select array_agg(row(p.unit_id, p.path, p.valid_from, p.valid_to, 1)::rollup_placed)
              from unit_placement p);
  end if;
  return (select array_agg(row(p.unit_id, p.path, p.valid_from, p.valid_to, 1)::rollup_placed)
            from unit_placement p
           where p.unit_id = any (units));
end
$$;

create function rollup_figures_of(units bigint[]) returns rollup_figured[]
language plpgsql stable as $$
begin
  if units is null then
    return (select array_agg(row(f.unit_id, f.valid_from, f.valid_to, f.workers, f.women_workers,
                                 f.members, f.women_members, 1)::rollup_figured)
              from unit_figures f);
  end if;
  return (select array_agg(row(f.unit_id, f.valid_from, f.valid_to, f.workers, f.women_workers,
                               f.members, f.women_members, 1)::rollup_figured)
            from unit_figures f
           where f.unit_id = any (units));
end
$$;

-- What rollup_delta holds when it is right: the deltas of every placement and figure.
create function rollup_expected() returns setof rollup_delta
language sql stable as $$
  select * from rollup_deltas(array(
    select i from rollup_units_placed(rollup_placements_of(null)) i
    union all
    select i from rollup_figures_placed(rollup_placements_of(null), rollup_figures_of(null)) i))
$$;

create function rollup_placements_changed() returns trigger
language plpgsql as $$
declare
  changed rollup_placed[];
  unit_ids bigint[];
begin
  if TG_OP <> 'INSERT' then
    select array_agg(row(o.unit_id, o.path, o.valid_from, o.valid_to, -1)::rollup_placed)
      into changed from old_rows o;
  end if;
  if TG_OP <> 'DELETE' then
    select changed || array_agg(row(n.unit_id, n.path, n.valid_from, n.valid_to, 1)::rollup_placed)
      into changed from new_rows n;
  end if;
  unit_ids := array(select distinct c.unit_id from unnest(changed) c);
  perform rollup_add(array(
    select i from rollup_units_placed(changed) i
    union all
    select i from rollup_figures_placed(changed, rollup_figures_of(unit_ids)) i));
  return null;
end
$$;

create trigger unit_placement_rollup_insert after insert on unit_placement
    referencing new table as new_rows
    for each statement execute function rollup_placements_changed();
create trigger unit_placement_rollup_update after update on unit_placement
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_placements_changed();
create trigger unit_placement_rollup_delete after delete on unit_placement
    referencing old table as old_rows
    for each statement execute function rollup_placements_changed();

create function rollup_figures_changed() returns trigger
language plpgsql as $$
declare
  changed rollup_figured[];
  unit_ids bigint[];
begin
  if TG_OP <> 'INSERT' then
    select array_agg(row(o.unit_id, o.valid_from, o.valid_to, o.workers, o.women_workers,
                         o.members, o.women_members, -1)::rollup_figured)
      into changed from old_rows o;
  end if;
  if TG_OP <> 'DELETE' then
    select changed || array_agg(row(n.unit_id, n.valid_from, n.valid_to, n.workers,
                                    n.women_workers, n.members, n.women_members, 1)::rollup_figured)
      into changed from new_rows n;
  end if;
  unit_ids := array(select distinct c.unit_id from unnest(changed) c);
  perform rollup_add(array(
    select i from rollup_figures_placed(rollup_placements_of(unit_ids), changed) i));
  return null;
end
$$;

create trigger unit_figures_rollup_insert after insert on unit_figures
    referencing new table as new_rows
    for each statement execute function rollup_figures_changed();
create trigger unit_figures_rollup_update after update on unit_figures
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_figures_changed();
create trigger unit_figures_rollup_delete after delete on unit_figures
    referencing old table as old_rows
    for each statement execute function rollup_figures_changed();

-- A unit that becomes, or stops being, a grassroots union counts, or stops counting, on every day
-- it stood anywhere.
create function rollup_units_regraded(placed rollup_placed[]) returns void
language sql as $$
  select rollup_add(array(
    select row(p.path, p.valid_from, p.valid_to, p.sign, 0, 0, 0, 0)::rollup_interval
      from unnest(placed) p))
$$;

create function rollup_unit_level_changed() returns trigger
language plpgsql as $$
begin
  perform rollup_units_regraded(array(
    select row(p.unit_id, p.path, p.valid_from, p.valid_to,
               case when nl.grassroots then 1 else -1 end)::rollup_placed
      from old_rows o
      join new_rows n on n.id = o.id
      join unit_level ol on ol.id = o.level_id
      join unit_level nl on nl.id = n.level_id
      join unit_placement p on p.unit_id = n.id
     where ol.grassroots <> nl.grassroots));
  return null;
end
$$;

create trigger org_unit_rollup_update after update on org_unit
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_unit_level_changed();

create function rollup_level_grassroots_changed() returns trigger
language plpgsql as $$
begin
  perform rollup_units_regraded(array(
    select row(p.unit_id, p.path, p.valid_from, p.valid_to,
               case when n.grassroots then 1 else -1 end)::rollup_placed
      from old_rows o
      join new_rows n on n.id = o.id
      join org_unit u on u.level_id = n.id
      join unit_placement p on p.unit_id = u.id
     where o.grassroots <> n.grassroots));
  return null;
end
$$;

create trigger unit_level_rollup_update after update on unit_level
    referencing old table as old_rows new table as new_rows
    for each statement execute function rollup_level_grassroots_changed();

insert into rollup_delta select * from rollup_expected();
