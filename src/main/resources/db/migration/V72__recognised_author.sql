-- The people among the authors of recognised initiatives, per initiative's unit and calendar month
-- of the decision, so that a review of whole months counts its distinct recognised authors from a
-- few rows per unit and month instead of joining the period's recognitions to their authors
-- (docs/REPORTS.md, "What each figure counts"). A distinct count cannot be summed from per-unit
-- sums: the review counts count(distinct person_id) over the rows of its placed units and months.
--
-- recognitions is how many (RECOGNISED review with a decision day, author row of its initiative)
-- pairs give the row; rows that fall to 0 are deleted. Kept by the triggers below, whoever writes:
-- a change of reviews adds or takes away their pairs with the initiative's authors as they are,
-- a change of authors with the initiative's recognitions as they are. A deleted initiative takes
-- its reviews and authors along in one statement (on delete cascade), after which neither side can
-- find the other, so its pairs leave before it goes, row by row, and the cascaded deletions of
-- reviews and authors whose initiative is gone change nothing. Both triggers first lock the
-- initiatives they touch, so that concurrent writers of the same initiative's reviews and authors
-- each see the other's committed rows (the application already changes both through the
-- initiative, whose version it updates).

create table recognised_author (
    unit_id      bigint not null,
    month        date not null,
    person_id    bigint not null,
    recognitions int not null,
    constraint recognised_author_pkey primary key (unit_id, month, person_id)
);

create function add_recognised_authors(units bigint[], days date[], people bigint[],
                                       amounts int[])
returns void language plpgsql as $$
begin
    with change as (
        select d.unit_id, date_trunc('month', d.day)::date as month, d.person_id,
               sum(d.amount)::int as amount
          from unnest(units, days, people, amounts) as d(unit_id, day, person_id, amount)
         group by 1, 2, 3
        having sum(d.amount) <> 0
    )
    insert into recognised_author as t (unit_id, month, person_id, recognitions)
    select unit_id, month, person_id, amount from change order by 1, 2, 3
        on conflict (unit_id, month, person_id)
        do update set recognitions = t.recognitions + excluded.recognitions;
    delete from recognised_author t
     using unnest(units, days, people) as d(unit_id, day, person_id)
     where t.unit_id = d.unit_id and t.month = date_trunc('month', d.day)::date
       and t.person_id = d.person_id and t.recognitions = 0;
end
$$;

create function lock_initiatives(ids bigint[]) returns void language plpgsql as $$
begin
    perform 1 from initiative i where i.id = any(ids) order by i.id for no key update;
end
$$;

-- Reviews as (initiative, unit, decision day, sign): those that count, recognised on a day, taken
-- away as they were and added as they are (the rows an update left as they were aside); the
-- initiative's author rows are read as they are now. Each branch names only the transition tables
-- its event has.
create function initiative_review_authors() returns trigger language plpgsql as $$
declare
    ids bigint[];
    units bigint[];
    days date[];
    signs int[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.initiative_id), array_agg(n.initiative_unit_id),
               array_agg(n.decided_on), array_agg(1)
          into ids, units, days, signs
          from new_rows n
         where n.outcome = 'RECOGNISED' and n.decided_on is not null;
    elsif tg_op = 'UPDATE' then
        select array_agg(c.initiative_id), array_agg(c.unit_id), array_agg(c.day),
               array_agg(c.sign)
          into ids, units, days, signs
          from ((select o.id, o.initiative_id, o.initiative_unit_id as unit_id,
                        o.decided_on as day, -1 as sign
                   from old_rows o
                  where o.outcome = 'RECOGNISED' and o.decided_on is not null
                 except all
                 select n.id, n.initiative_id, n.initiative_unit_id, n.decided_on, -1
                   from new_rows n
                  where n.outcome = 'RECOGNISED')
                union all
                (select n.id, n.initiative_id, n.initiative_unit_id, n.decided_on, 1
                   from new_rows n
                  where n.outcome = 'RECOGNISED' and n.decided_on is not null
                 except all
                 select o.id, o.initiative_id, o.initiative_unit_id, o.decided_on, 1
                   from old_rows o
                  where o.outcome = 'RECOGNISED')) c;
    else
        select array_agg(o.initiative_id), array_agg(o.initiative_unit_id),
               array_agg(o.decided_on), array_agg(-1)
          into ids, units, days, signs
          from old_rows o
         where o.outcome = 'RECOGNISED' and o.decided_on is not null
           and exists (select 1 from initiative i where i.id = o.initiative_id);
    end if;
    if ids is not null then
        perform lock_initiatives(ids);
        perform add_recognised_authors(array_agg(c.unit_id), array_agg(c.day),
                                       array_agg(a.person_id), array_agg(c.sign))
          from unnest(ids, units, days, signs) as c (initiative_id, unit_id, day, sign)
          join initiative_author a on a.initiative_id = c.initiative_id;
    end if;
    return null;
end
$$;

-- Author rows as (initiative, person, sign), likewise; the initiative's recognitions are read as
-- they are now.
create function initiative_author_recognitions() returns trigger language plpgsql as $$
declare
    ids bigint[];
    people bigint[];
    signs int[];
begin
    if tg_op = 'INSERT' then
        select array_agg(n.initiative_id), array_agg(n.person_id), array_agg(1)
          into ids, people, signs
          from new_rows n;
    elsif tg_op = 'UPDATE' then
        select array_agg(c.initiative_id), array_agg(c.person_id), array_agg(c.sign)
          into ids, people, signs
          from ((select o.initiative_id, o.position, o.person_id, -1 as sign from old_rows o
                 except all
                 select n.initiative_id, n.position, n.person_id, -1 from new_rows n)
                union all
                (select n.initiative_id, n.position, n.person_id, 1 from new_rows n
                 except all
                 select o.initiative_id, o.position, o.person_id, 1 from old_rows o)) c;
    else
        select array_agg(o.initiative_id), array_agg(o.person_id), array_agg(-1)
          into ids, people, signs
          from old_rows o
         where exists (select 1 from initiative i where i.id = o.initiative_id);
    end if;
    if ids is not null then
        perform lock_initiatives(ids);
        perform add_recognised_authors(array_agg(r.initiative_unit_id), array_agg(r.decided_on),
                                       array_agg(c.person_id), array_agg(c.sign))
          from unnest(ids, people, signs) as c (initiative_id, person_id, sign)
          join initiative_review r on r.initiative_id = c.initiative_id
         where r.outcome = 'RECOGNISED' and r.decided_on is not null;
    end if;
    return null;
end
$$;

-- An initiative's pairs leave just before it does (see above).
create function initiative_deleted_authors() returns trigger language plpgsql as $$
begin
    perform add_recognised_authors(array_agg(r.initiative_unit_id), array_agg(r.decided_on),
                                   array_agg(a.person_id), array_agg(-1))
      from initiative_review r
      join initiative_author a on a.initiative_id = r.initiative_id
     where r.initiative_id = old.id and r.outcome = 'RECOGNISED' and r.decided_on is not null;
    return old;
end
$$;

create trigger initiative_review_authors_inserted after insert on initiative_review
    referencing new table as new_rows
    for each statement execute function initiative_review_authors();
create trigger initiative_review_authors_updated after update on initiative_review
    referencing old table as old_rows new table as new_rows
    for each statement execute function initiative_review_authors();
create trigger initiative_review_authors_deleted after delete on initiative_review
    referencing old table as old_rows
    for each statement execute function initiative_review_authors();

create trigger initiative_author_recognitions_inserted after insert on initiative_author
    referencing new table as new_rows
    for each statement execute function initiative_author_recognitions();
create trigger initiative_author_recognitions_updated after update on initiative_author
    referencing old table as old_rows new table as new_rows
    for each statement execute function initiative_author_recognitions();
create trigger initiative_author_recognitions_deleted after delete on initiative_author
    referencing old table as old_rows
    for each statement execute function initiative_author_recognitions();

create trigger initiative_authors_deleted before delete on initiative
    for each row execute function initiative_deleted_authors();

-- The records there are.
set local work_mem = '256MB';
insert into recognised_author (unit_id, month, person_id, recognitions)
select r.initiative_unit_id, date_trunc('month', r.decided_on)::date, a.person_id, count(*)
  from initiative_review r
  join initiative_author a on a.initiative_id = r.initiative_id
 where r.outcome = 'RECOGNISED' and r.decided_on is not null
 group by 1, 2, 3;

-- A national or provincial review reads a period's rows by month and hashes its placed units
-- (recognised_author_month_idx); a district's or a union's probes its units by key (the primary
-- key). Plans: docs/PERFORMANCE.md.
create index recognised_author_month_idx on recognised_author (month) include (unit_id, person_id);
analyze recognised_author;
