-- Initiatives on the figure ledger (V63): per unit and month, the initiatives submitted
-- (initiatives/submitted), the recognitions decided at each level (initiatives/recognised/<LEVEL>)
-- and the benefit in VND of the initiatives first recognised (initiatives/benefit), all under the
-- initiative's own unit. A review of whole months reads them instead of the records
-- (docs/REPORTS.md, "What each figure counts").
--
-- The benefit counts once, on the day of the initiative's first recognition (its earliest
-- RECOGNISED decision): kept as initiative.first_recognised_on, so that the initiative's own trigger
-- counts its benefit. Each review keeps its initiative's unit (initiative_unit_id), so that its
-- recognition counts without reading the initiative, also when the initiative is being deleted
-- with its reviews, and so that the authors of a period's recognitions are found without reading
-- every initiative. Both columns are kept by the triggers below, whoever writes.

alter table initiative add column first_recognised_on date;
alter table initiative_review add column initiative_unit_id bigint;

update initiative_review r set initiative_unit_id = i.unit_id
  from initiative i where i.id = r.initiative_id;
alter table initiative_review alter column initiative_unit_id set not null;

update initiative i set first_recognised_on = f.day
  from (select initiative_id, min(decided_on) as day from initiative_review
         where outcome = 'RECOGNISED' group by initiative_id) f
 where f.initiative_id = i.id and f.day is not null;

-- The recognitions of a period with what the review counts of them, read from the index alone.
drop index if exists initiative_review_decided_idx;
create index initiative_review_recognised_idx on initiative_review (decided_on)
    include (initiative_unit_id, initiative_id, level) where outcome = 'RECOGNISED';
create index initiative_first_recognised_idx on initiative (first_recognised_on)
    include (unit_id, benefit_vnd) where first_recognised_on is not null;
-- The people of a period's recognised initiatives without reading the author rows.
create index initiative_author_people_idx on initiative_author (initiative_id) include (person_id);

-- The columns are what their definitions say, even when written by hand (a new initiative has no
-- reviews yet).
create function initiative_first_recognised() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.first_recognised_on := null;
    else
        new.first_recognised_on := (select min(r.decided_on) from initiative_review r
                                     where r.initiative_id = new.id and r.outcome = 'RECOGNISED');
    end if;
    return new;
end
$$;

create trigger initiative_first_recognised
    before insert or update of first_recognised_on on initiative
    for each row execute function initiative_first_recognised();

create function initiative_review_unit() returns trigger language plpgsql as $$
begin
    new.initiative_unit_id := (select i.unit_id from initiative i where i.id = new.initiative_id);
    return new;
end
$$;

create trigger initiative_review_unit
    before insert or update of initiative_id, initiative_unit_id on initiative_review
    for each row execute function initiative_review_unit();

-- What one initiative counts: its submission and, once recognised, its benefit.
create function initiative_figures(p_unit bigint, p_submitted date, p_benefit bigint,
                                   p_first_recognised date, p_sign int)
returns table (unit_id bigint, month date, figure text, amount bigint)
language sql immutable as $$
    select p_unit, p_submitted, 'initiatives/submitted', p_sign::bigint
    union all
    select p_unit, p_first_recognised, 'initiatives/benefit', p_sign * coalesce(p_benefit, 0)
     where p_first_recognised is not null
$$;

create function initiative_tallies() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                                 array_agg(amount))
          from (select f.unit_id, f.month, f.figure, sum(f.amount)::bigint as amount
                  from new_rows n
                 cross join lateral initiative_figures(n.unit_id, n.submitted_on, n.benefit_vnd,
                                                       n.first_recognised_on, 1) f
                 group by 1, 2, 3) d;
    elsif tg_op = 'UPDATE' then
        perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                                 array_agg(amount))
          from (select f.unit_id, f.month, f.figure, sum(f.amount)::bigint as amount
                  from (select o.unit_id, o.submitted_on, o.benefit_vnd, o.first_recognised_on,
                               -1 as sign
                          from old_rows o
                        union all
                        select n.unit_id, n.submitted_on, n.benefit_vnd, n.first_recognised_on, 1
                          from new_rows n) i
                 cross join lateral initiative_figures(i.unit_id, i.submitted_on, i.benefit_vnd,
                                                       i.first_recognised_on, i.sign) f
                 group by 1, 2, 3
                having sum(f.amount) <> 0) d;
        -- an initiative that changed unit takes its reviews along: their trigger moves the
        -- recognitions
        if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                    where n.unit_id <> o.unit_id) then
            update initiative_review r set initiative_unit_id = n.unit_id
              from new_rows n
             where r.initiative_id = n.id and r.initiative_unit_id <> n.unit_id;
        end if;
    else
        perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                                 array_agg(amount))
          from (select f.unit_id, f.month, f.figure, sum(f.amount)::bigint as amount
                  from old_rows o
                 cross join lateral initiative_figures(o.unit_id, o.submitted_on, o.benefit_vnd,
                                                       o.first_recognised_on, -1) f
                 group by 1, 2, 3) d;
    end if;
    return null;
end
$$;

create trigger initiative_tallies_inserted after insert on initiative
    referencing new table as new_rows
    for each statement execute function initiative_tallies();
create trigger initiative_tallies_updated after update on initiative
    referencing old table as old_rows new table as new_rows
    for each statement execute function initiative_tallies();
create trigger initiative_tallies_deleted after delete on initiative
    referencing old table as old_rows
    for each statement execute function initiative_tallies();

-- A review's recognition counts under its initiative's unit, in the month it was decided. The
-- initiatives whose recognitions changed get their first recognition again (their own trigger
-- then moves the benefit); those deleted with their reviews are gone and take theirs along.
create function initiative_review_tallies() returns trigger language plpgsql as $$
declare
    touched bigint[];
begin
    if tg_op = 'INSERT' then
        perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                                 array_agg(amount))
          from (select n.initiative_unit_id as unit_id, n.decided_on as month,
                       'initiatives/recognised/' || n.level as figure, count(*) as amount
                  from new_rows n
                 where n.outcome = 'RECOGNISED' and n.decided_on is not null
                 group by 1, 2, 3) d;
        select array_agg(distinct n.initiative_id) into touched
          from new_rows n where n.outcome = 'RECOGNISED';
    elsif tg_op = 'UPDATE' then
        perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                                 array_agg(amount))
          from (select r.unit_id, r.month, r.figure, sum(r.sign) as amount
                  from (select o.initiative_unit_id as unit_id, o.decided_on as month,
                               'initiatives/recognised/' || o.level as figure, -1 as sign
                          from old_rows o
                         where o.outcome = 'RECOGNISED' and o.decided_on is not null
                        union all
                        select n.initiative_unit_id, n.decided_on,
                               'initiatives/recognised/' || n.level, 1
                          from new_rows n
                         where n.outcome = 'RECOGNISED' and n.decided_on is not null) r
                 group by 1, 2, 3
                having sum(r.sign) <> 0) d;
        select array_agg(distinct x.initiative_id) into touched
          from old_rows o
          join new_rows n on n.id = o.id
         cross join lateral (values (o.initiative_id), (n.initiative_id)) x (initiative_id)
         where (o.outcome = 'RECOGNISED' or n.outcome = 'RECOGNISED')
           and (o.initiative_id, o.outcome, o.decided_on)
               is distinct from (n.initiative_id, n.outcome, n.decided_on);
    else
        perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure),
                                 array_agg(amount))
          from (select o.initiative_unit_id as unit_id, o.decided_on as month,
                       'initiatives/recognised/' || o.level as figure, -count(*) as amount
                  from old_rows o
                 where o.outcome = 'RECOGNISED' and o.decided_on is not null
                 group by 1, 2, 3) d;
        select array_agg(distinct o.initiative_id) into touched
          from old_rows o where o.outcome = 'RECOGNISED';
    end if;
    if touched is not null then
        update initiative i set first_recognised_on = f.day
          from (select t.id,
                       (select min(r.decided_on) from initiative_review r
                         where r.initiative_id = t.id and r.outcome = 'RECOGNISED') as day
                  from unnest(touched) as t (id)) f
         where i.id = f.id and i.first_recognised_on is distinct from f.day;
    end if;
    return null;
end
$$;

create trigger initiative_review_tallies_inserted after insert on initiative_review
    referencing new table as new_rows
    for each statement execute function initiative_review_tallies();
create trigger initiative_review_tallies_updated after update on initiative_review
    referencing old table as old_rows new table as new_rows
    for each statement execute function initiative_review_tallies();
create trigger initiative_review_tallies_deleted after delete on initiative_review
    referencing old table as old_rows
    for each statement execute function initiative_review_tallies();

-- The records there are.
set local work_mem = '256MB';
select add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure), array_agg(amount))
  from (select i.unit_id, date_trunc('month', i.submitted_on)::date as month,
               'initiatives/submitted' as figure, count(*) as amount
          from initiative i
         group by 1, 2
        union all
        select r.initiative_unit_id, date_trunc('month', r.decided_on)::date,
               'initiatives/recognised/' || r.level, count(*)
          from initiative_review r
         where r.outcome = 'RECOGNISED' and r.decided_on is not null
         group by 1, 2, 3
        union all
        select i.unit_id, date_trunc('month', i.first_recognised_on)::date,
               'initiatives/benefit', sum(coalesce(i.benefit_vnd, 0))::bigint
          from initiative i
         where i.first_recognised_on is not null
         group by 1, 2) d;
analyze initiative;
analyze initiative_review;
