-- Contests and movements keep their review figures in the figure ledger (V63), so that a review
-- reads sums instead of counting records (docs/REPORTS.md, "The figure ledger"):
--   contests/held               finished contests, under the contest's unit, in the month it finished
--   contests/entries            entries of finished contests, under the entrant's unit, in the month
--                               the contest finished
--   contests/prizes             those entries that won a prize
--   movements/launched/<KIND>   launched movements, under the organiser, in the month of the day they
--                               were launched (Vietnam's calendar)
-- Each table's triggers hand the rows that changed, with a sign (-1 as they were, +1 as they are),
-- to one function per table that says what the rows count for.

-- Contests as given, with the entries they have now: a contest counts when finished.
create function add_contest_tallies(ids bigint[], units bigint[], statuses text[],
                                    finished date[], signs int[])
returns void language sql as $$
    select add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                            array_agg(amount))
      from (select f.unit_id, c.finished_on as month, f.figure, sum(c.sign)::bigint as amount
              from unnest(ids, units, statuses, finished, signs)
                   as c(id, unit_id, status, finished_on, sign)
             cross join lateral (
                   select c.unit_id, 'contests/held'
                   union all
                   select r.unit_id, e.figure
                     from contest_registration r
                    cross join lateral (select 'contests/entries'
                                        union all
                                        select 'contests/prizes' where r.prize is not null)
                          as e(figure)
                    where r.contest_id = c.id) as f(unit_id, figure)
             where c.status = 'FINISHED' and c.finished_on is not null
             group by 1, 2, 3) d
$$;

-- Entries as given, in their contests as they are now.
create function add_contest_entry_tallies(contests bigint[], units bigint[], prizes text[],
                                          signs int[])
returns void language sql as $$
    select add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                            array_agg(amount))
      from (select r.unit_id, c.finished_on as month, e.figure, sum(r.sign)::bigint as amount
              from unnest(contests, units, prizes, signs) as r(contest_id, unit_id, prize, sign)
              join contest c on c.id = r.contest_id
             cross join lateral (select 'contests/entries'
                                 union all
                                 select 'contests/prizes' where r.prize is not null) as e(figure)
             where c.status = 'FINISHED' and c.finished_on is not null
             group by 1, 2, 3) d
$$;

create function add_movement_tallies(organisers bigint[], kinds text[], statuses text[],
                                     launched timestamptz[], signs int[])
returns void language sql as $$
    select add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                            array_agg(amount))
      from (select m.unit_id, (m.launched_at at time zone 'Asia/Ho_Chi_Minh')::date as month,
                   'movements/launched/' || m.kind as figure, sum(m.sign)::bigint as amount
              from unnest(organisers, kinds, statuses, launched, signs)
                   as m(unit_id, kind, status, launched_at, sign)
             where m.status = 'LAUNCHED' and m.launched_at is not null
             group by 1, 2, 3) d
$$;

-- A contest's update moves its held figure and its entries (its unit, status or day changed).
create function contest_tallies() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform add_contest_tallies(array_agg(id), array_agg(unit_id), array_agg(status::text),
                                    array_agg(finished_on), array_agg(1))
          from new_rows;
    else
        perform add_contest_tallies(array_agg(id), array_agg(unit_id), array_agg(status::text),
                                    array_agg(finished_on), array_agg(sign))
          from (select -1 as sign, id, unit_id, status, finished_on from old_rows
                union all
                select 1, id, unit_id, status, finished_on from new_rows) c;
    end if;
    return null;
end
$$;

-- A deleted contest takes its entries with it (on delete cascade). Once deleted, neither the
-- contest nor its entries can be read by a statement trigger, so its figures leave before, row by
-- row; the cascaded deletion of the entries then finds no contest and changes nothing.
create function contest_deleted_tallies() returns trigger language plpgsql as $$
begin
    perform add_contest_tallies(array[old.id], array[old.unit_id], array[old.status::text],
                                array[old.finished_on], array[-1]);
    return old;
end
$$;

create function contest_entry_tallies() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform add_contest_entry_tallies(array_agg(contest_id), array_agg(unit_id),
                                          array_agg(prize::text), array_agg(1))
          from new_rows;
    elsif tg_op = 'UPDATE' then
        perform add_contest_entry_tallies(array_agg(contest_id), array_agg(unit_id),
                                          array_agg(prize::text), array_agg(sign))
          from (select -1 as sign, contest_id, unit_id, prize from old_rows
                union all
                select 1, contest_id, unit_id, prize from new_rows) r;
    else
        perform add_contest_entry_tallies(array_agg(contest_id), array_agg(unit_id),
                                          array_agg(prize::text), array_agg(-1))
          from old_rows;
    end if;
    return null;
end
$$;

create function movement_tallies() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform add_movement_tallies(array_agg(organiser_id), array_agg(kind::text),
                                     array_agg(status::text), array_agg(launched_at), array_agg(1))
          from new_rows;
    elsif tg_op = 'UPDATE' then
        perform add_movement_tallies(array_agg(organiser_id), array_agg(kind::text),
                                     array_agg(status::text), array_agg(launched_at),
                                     array_agg(sign))
          from (select -1 as sign, organiser_id, kind, status, launched_at from old_rows
                union all
                select 1, organiser_id, kind, status, launched_at from new_rows) m;
    else
        perform add_movement_tallies(array_agg(organiser_id), array_agg(kind::text),
                                     array_agg(status::text), array_agg(launched_at),
                                     array_agg(-1))
          from old_rows;
    end if;
    return null;
end
$$;

create trigger contest_tallies_inserted after insert on contest
    referencing new table as new_rows
    for each statement execute function contest_tallies();
create trigger contest_tallies_updated after update on contest
    referencing old table as old_rows new table as new_rows
    for each statement execute function contest_tallies();
create trigger contest_tallies_deleted before delete on contest
    for each row execute function contest_deleted_tallies();

create trigger contest_registration_tallies_inserted after insert on contest_registration
    referencing new table as new_rows
    for each statement execute function contest_entry_tallies();
create trigger contest_registration_tallies_updated after update on contest_registration
    referencing old table as old_rows new table as new_rows
    for each statement execute function contest_entry_tallies();
create trigger contest_registration_tallies_deleted after delete on contest_registration
    referencing old table as old_rows
    for each statement execute function contest_entry_tallies();

create trigger movement_tallies_inserted after insert on movement
    referencing new table as new_rows
    for each statement execute function movement_tallies();
create trigger movement_tallies_updated after update on movement
    referencing old table as old_rows new table as new_rows
    for each statement execute function movement_tallies();
create trigger movement_tallies_deleted after delete on movement
    referencing old table as old_rows
    for each statement execute function movement_tallies();

-- The records that exist already.
select add_contest_tallies(array_agg(id), array_agg(unit_id), array_agg(status::text),
                           array_agg(finished_on), array_agg(1))
  from contest;
select add_movement_tallies(array_agg(organiser_id), array_agg(kind::text),
                            array_agg(status::text), array_agg(launched_at), array_agg(1))
  from movement;

-- "Units registered" and "registrations approved" stay counted (distinct units, movements whose
-- period meets the review's): a review reads the sent registrations of the movements running in
-- its period, from this index alone.
create index registration_sent_idx on registration (movement_id) include (unit_id, status)
    where status <> 'DRAFT';
