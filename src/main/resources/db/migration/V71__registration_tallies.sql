-- "Units registered" and "registrations approved" in the figure ledger (V63; docs/REPORTS.md, "The
-- figure ledger"). A unit counts in a review when one of its sent registrations (not a draft) is
-- for a movement whose period meets the review's; an approved registration counts the same way.
-- Months are calendar months; a movement covers month(starts_on) .. month(ends_on). Per unit:
--   movements/registered/units/<pe>/<e>   in month s, 1: for each maximal run s .. e of consecutive
--                                         months covered by the movements of the unit's sent
--                                         registrations (overlapping or adjacent movements merge),
--                                         pe the last month of the unit's run before ("0000-00"
--                                         when none); months written yyyy-MM
--   movements/registered/approved/<e>     in month s, 1 per approved registration whose movement
--                                         covers s .. e
-- A review of the months a .. b reads the rows of months up to b and keeps units rows with pe < a
-- and e >= a (the first run that meets the period: one per unit) and approved rows with e >= a.
--
-- Runs are no sum of per-registration changes, so a change recomputes its units' rows from their
-- registrations as they are now and adds the difference with what the ledger holds.

-- The rows the units' registrations make now (no locking, no writing: the tests recompute the
-- ledger with it).
create function registration_tally_rows(units bigint[])
returns table (unit_id bigint, month date, figure text, amount bigint)
language sql stable as $$
    with spans as (
        select r.unit_id, r.status,
               date_trunc('month', m.starts_on)::date as s,
               date_trunc('month', m.ends_on)::date as e
          from registration r
          join movement m on m.id = r.movement_id
         where r.unit_id = any(units) and r.status <> 'DRAFT'
           and m.starts_on is not null and m.ends_on is not null
    ), reached as (
        -- the last month the unit's earlier spans reach
        select unit_id, s, e,
               max(e) over (partition by unit_id order by s, e
                            rows between unbounded preceding and 1 preceding) as reach
          from spans
    ), numbered as (
        -- a run begins where the span starts after the month following that reach
        select unit_id, s, e,
               count(*) filter (where reach is null or reach < (s - interval '1 month')::date)
                   over (partition by unit_id order by s, e rows unbounded preceding) as run
          from reached
    ), runs as (
        select unit_id, min(s) as s, max(e) as e from numbered group by unit_id, run
    )
    select unit_id, s,
           'movements/registered/units/'
               || coalesce(to_char(lag(e) over (partition by unit_id order by s), 'YYYY-MM'),
                           '0000-00')
               || '/' || to_char(e, 'YYYY-MM'),
           1::bigint
      from runs
    union all
    select unit_id, s, 'movements/registered/approved/' || to_char(e, 'YYYY-MM'), count(*)
      from spans
     where status = 'APPROVED'
     group by 1, 2, 3
$$;

-- Brings the units' rows to what their registrations make now. Two transactions refreshing the same
-- unit queue on a transaction lock (namespace 7100, taken in order), so that the second one
-- computes after the first has committed: each statement of this function reads the database as it
-- is when it starts (READ COMMITTED, as the application runs). The locks are per unit id modulo
-- 1024, not per unit: a statement that changes the registrations of 100,000 units (the backfill
-- below, a bulk load) takes at most 1,024 locks, where one per unit would overflow PostgreSQL's
-- lock table; two units sharing a lock only wait for each other.
create function refresh_registration_tallies(units bigint[]) returns void
language plpgsql as $$
declare
    lock_key int;
begin
    units := array(select distinct u from unnest(units) as u where u is not null order by 1);
    if cardinality(units) = 0 then
        return;
    end if;
    foreach lock_key in array array(select distinct (u % 1024)::int
                                      from unnest(units) as u order by 1) loop
        perform pg_advisory_xact_lock(7100, lock_key);
    end loop;
    perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                             array_agg(amount))
      from (select unit_id, month, figure, sum(amount)::bigint as amount
              from (select r.unit_id, r.month, r.figure collate "C" as figure, r.amount
                      from registration_tally_rows(units) r
                    union all
                    select t.unit_id, t.month, t.figure, -t.amount
                      from unit_tally t
                     where t.unit_id = any(units)
                       and t.figure >= 'movements/registered/'
                       and t.figure < 'movements/registered0') d
             group by 1, 2, 3
            having sum(amount) <> 0) d;
end
$$;

-- A registration inserted, updated or deleted: its units, before and after. The movements of the
-- new rows are share-locked first: a concurrent change of a movement's dates either has committed
-- (and is read here) or waits for this transaction and then finds these registrations.
create function registration_tallies() returns trigger language plpgsql as $$
declare
    changed bigint[];
begin
    if tg_op = 'INSERT' then
        perform 1 from movement
         where id in (select movement_id from new_rows) order by id for share;
        select array_agg(unit_id) into changed from new_rows;
    elsif tg_op = 'UPDATE' then
        perform 1 from movement
         where id in (select movement_id from new_rows) order by id for share;
        select array_agg(unit_id) into changed
          from (select unit_id from old_rows union select unit_id from new_rows) u;
    else
        select array_agg(unit_id) into changed from old_rows;
    end if;
    perform refresh_registration_tallies(changed);
    return null;
end
$$;

-- A movement's period changed: the units registered for it. (A deleted movement takes its
-- participants and their registrations with it; the registrations' trigger refreshes their units.)
create function movement_registration_tallies() returns trigger language plpgsql as $$
begin
    perform refresh_registration_tallies(array_agg(r.unit_id))
       from new_rows n
       join old_rows o on o.id = n.id
       join registration r on r.movement_id = n.id
      where n.starts_on is distinct from o.starts_on or n.ends_on is distinct from o.ends_on;
    return null;
end
$$;

create trigger registration_tallies_inserted after insert on registration
    referencing new table as new_rows
    for each statement execute function registration_tallies();
create trigger registration_tallies_updated after update on registration
    referencing old table as old_rows new table as new_rows
    for each statement execute function registration_tallies();
create trigger registration_tallies_deleted after delete on registration
    referencing old table as old_rows
    for each statement execute function registration_tallies();

create trigger movement_registration_tallies_updated after update on movement
    referencing old table as old_rows new table as new_rows
    for each statement execute function movement_registration_tallies();

-- The registrations that exist already.
select refresh_registration_tallies(array(select distinct unit_id from registration));
