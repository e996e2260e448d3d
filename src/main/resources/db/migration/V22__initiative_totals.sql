-- Totals of programmes' recognised initiatives, kept by the database itself in the same
-- transaction as every change to an initiative or its authors, so that a programme's achievement
-- for a unit reads a few rows instead of every initiative of its subtree.
--
-- An initiative counts for every unit on its unit_path (where its union stood on the day it was
-- submitted; a later reorganisation does not move it), so for each unit U on the path it counts in
-- two buckets: (U, 0), U's whole subtree, and (U, C), the unit C directly below U on the path.
-- For each bucket and each level 1..4 (grassroots, district, province, national) a row holds the
-- initiatives recognised at that level or above: their number, their benefit, and their distinct
-- authors (people once, author groups once per unit). The distinct counts stay exact because a
-- change first asks which other recognised initiatives the same person (or group) has in each
-- bucket, and counts the person there only at the levels those do not reach already.
--
-- Triggers rather than application code: every writer (the application, the demo loader, a
-- correction by hand in psql) keeps the totals right. They are BEFORE row triggers so that each
-- row of a statement that changes several initiatives sees the rows before it already counted.

create table programme_total (
    programme_id   bigint not null references initiative_programme (id) on delete cascade,
    unit_id        bigint not null,
    -- the unit directly below unit_id on the initiatives' paths, or 0 for unit_id's whole subtree
    child_id       bigint not null,
    -- counts the initiatives recognised at this level or above: 1 grassroots .. 4 national
    level          int not null check (level between 1 and 4),
    recognised     bigint not null,
    benefit_vnd    bigint not null,
    people         bigint not null,
    author_groups  bigint not null,
    primary key (programme_id, unit_id, level, child_id)
);

-- The buckets of a path: '/1/7/42/' gives (1,0) (1,7) (7,0) (7,42) (42,0).
create function initiative_total_buckets(path text)
returns table (unit_id bigint, child_id bigint)
language sql immutable parallel safe
as $$
    select s.a[n]::bigint, c.child
      from (select string_to_array(trim(both '/' from path), '/') as a) s
     cross join generate_subscripts(s.a, 1) as n
     cross join lateral (values (0::bigint), (s.a[n + 1]::bigint)) as c (child)
     where c.child is not null
$$;

-- Adds (sign 1) or removes (sign -1) an initiative's own contribution: its count, its benefit and
-- its author group; its people are counted by initiative_totals_person.
create function initiative_totals_count(
    p_initiative bigint, p_programme bigint, p_path text, p_unit bigint, p_group text,
    p_rank int, p_benefit bigint, p_sign int)
returns void
language plpgsql
as $$
begin
    if p_programme is null or p_rank < 1 then
        return;
    end if;
    if p_group is not null then
        -- two transactions recognising the same group's initiatives must not both count it
        perform pg_advisory_xact_lock(
            hashtextextended('programme_total group ' || p_programme || ' ' || p_unit || ' ' || p_group, 0));
    end if;
    with group_elsewhere as (
        select b.unit_id, b.child_id, max(i.recognised_rank) as top
          from initiative i
         cross join lateral initiative_total_buckets(i.unit_path) b
         where p_group is not null
           and i.unit_id = p_unit and i.author_group = p_group
           and i.programme_id = p_programme and i.recognised_rank > 0 and i.id <> p_initiative
         group by b.unit_id, b.child_id
    )
    insert into programme_total as t
           (programme_id, unit_id, child_id, level, recognised, benefit_vnd, people, author_groups)
    select p_programme, b.unit_id, b.child_id, l.level, p_sign, p_sign * coalesce(p_benefit, 0), 0,
           case when p_group is not null and coalesce(g.top, 0) < l.level then p_sign else 0 end
      from initiative_total_buckets(p_path) b
     cross join generate_series(1, p_rank) as l (level)
      left join group_elsewhere g on g.unit_id = b.unit_id and g.child_id = b.child_id
    on conflict (programme_id, unit_id, level, child_id) do update
       set recognised = t.recognised + excluded.recognised,
           benefit_vnd = t.benefit_vnd + excluded.benefit_vnd,
           author_groups = t.author_groups + excluded.author_groups;
    perform initiative_totals_tidy(p_programme, p_path);
end
$$;

-- Adds or removes one person's authorship of an initiative: the person counts in a bucket at the
-- levels their other recognised initiatives of the programme in that bucket do not reach.
create function initiative_totals_person(
    p_initiative bigint, p_programme bigint, p_path text, p_rank int, p_person bigint, p_sign int)
returns void
language plpgsql
as $$
begin
    if p_programme is null or p_rank < 1 then
        return;
    end if;
    perform pg_advisory_xact_lock(
        hashtextextended('programme_total person ' || p_programme || ' ' || p_person, 0));
    with person_elsewhere as (
        select b.unit_id, b.child_id, max(i.recognised_rank) as top
          from initiative_author a
          join initiative i on i.id = a.initiative_id
         cross join lateral initiative_total_buckets(i.unit_path) b
         where a.person_id = p_person and a.initiative_id <> p_initiative
           and i.programme_id = p_programme and i.recognised_rank > 0
         group by b.unit_id, b.child_id
    )
    insert into programme_total as t
           (programme_id, unit_id, child_id, level, recognised, benefit_vnd, people, author_groups)
    select p_programme, b.unit_id, b.child_id, l.level, 0, 0, p_sign, 0
      from initiative_total_buckets(p_path) b
     cross join generate_series(1, p_rank) as l (level)
      left join person_elsewhere e on e.unit_id = b.unit_id and e.child_id = b.child_id
     where coalesce(e.top, 0) < l.level
    on conflict (programme_id, unit_id, level, child_id) do update
       set people = t.people + excluded.people;
    perform initiative_totals_tidy(p_programme, p_path);
end
$$;

-- Rows of a path's buckets that count nothing any more.
create function initiative_totals_tidy(p_programme bigint, p_path text)
returns void
language sql
as $$
    delete from programme_total t
     using initiative_total_buckets(p_path) b
     where t.programme_id = p_programme and t.unit_id = b.unit_id and t.child_id = b.child_id
       and t.recognised = 0 and t.people = 0 and t.author_groups = 0
$$;

-- An initiative's whole contribution: its own, and each of its people's.
create function initiative_totals_whole(r initiative, p_sign int)
returns void
language plpgsql
as $$
declare
    person bigint;
begin
    if r.programme_id is null or r.recognised_rank < 1 then
        return;
    end if;
    perform initiative_totals_count(r.id, r.programme_id, r.unit_path, r.unit_id, r.author_group,
                                    r.recognised_rank, r.benefit_vnd, p_sign);
    for person in
        select distinct a.person_id from initiative_author a
         where a.initiative_id = r.id order by a.person_id
    loop
        perform initiative_totals_person(r.id, r.programme_id, r.unit_path, r.recognised_rank,
                                         person, p_sign);
    end loop;
end
$$;

create function initiative_totals_on_initiative()
returns trigger
language plpgsql
as $$
begin
    if tg_op = 'UPDATE'
       and (old.id, old.programme_id, old.unit_path, old.unit_id, old.author_group,
            old.recognised_rank, old.benefit_vnd)
           is not distinct from
           (new.id, new.programme_id, new.unit_path, new.unit_id, new.author_group,
            new.recognised_rank, new.benefit_vnd) then
        return new;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform initiative_totals_whole(old, -1);
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    perform initiative_totals_whole(new, 1);
    return new;
end
$$;

create trigger programme_totals
    before insert or update or delete on initiative
    for each row execute function initiative_totals_on_initiative();

-- An author row added, removed or changed. A person written twice on one initiative counts once,
-- and rows removed with their initiative were already taken out by its own trigger.
create function initiative_totals_on_author()
returns trigger
language plpgsql
as $$
declare
    r initiative;
    -- the row being changed, which does not count as another row of the same person
    self_initiative bigint;
    self_position int;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        self_initiative := old.initiative_id;
        self_position := old.position;
    end if;
    if tg_op = 'UPDATE'
       and (old.initiative_id, old.person_id) = (new.initiative_id, new.person_id) then
        return new;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        select * into r from initiative where id = old.initiative_id;
        if found and not exists (
            select 1 from initiative_author a
             where a.initiative_id = old.initiative_id and a.person_id = old.person_id
               and a.position <> old.position) then
            perform initiative_totals_person(r.id, r.programme_id, r.unit_path, r.recognised_rank,
                                             old.person_id, -1);
        end if;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    select * into r from initiative where id = new.initiative_id;
    if found and not exists (
        select 1 from initiative_author a
         where a.initiative_id = new.initiative_id and a.person_id = new.person_id
           and (self_initiative is null
                or (a.initiative_id, a.position) <> (self_initiative, self_position))) then
        perform initiative_totals_person(r.id, r.programme_id, r.unit_path, r.recognised_rank,
                                         new.person_id, 1);
    end if;
    return new;
end
$$;

create trigger programme_totals
    before insert or update or delete on initiative_author
    for each row execute function initiative_totals_on_author();

-- Every total computed afresh from the initiatives, set-based: the backfill below, and a bulk load
-- that disabled the triggers.
create function initiative_totals_rebuild()
returns void
language sql
as $$
    delete from programme_total;
    insert into programme_total
           (programme_id, unit_id, child_id, level, recognised, benefit_vnd, people, author_groups)
    with placed as (
        select i.id, i.programme_id, i.unit_id as owner_id, i.author_group,
               i.recognised_rank as rank, coalesce(i.benefit_vnd, 0) as benefit,
               b.unit_id, b.child_id
          from initiative i
         cross join lateral initiative_total_buckets(i.unit_path) b
         where i.programme_id is not null and i.recognised_rank > 0
    ),
    counts as (
        select programme_id, unit_id, child_id,
               array[count(*), count(*) filter (where rank >= 2),
                     count(*) filter (where rank >= 3), count(*) filter (where rank >= 4)] as n,
               array[sum(benefit), coalesce(sum(benefit) filter (where rank >= 2), 0),
                     coalesce(sum(benefit) filter (where rank >= 3), 0),
                     coalesce(sum(benefit) filter (where rank >= 4), 0)] as benefit
          from placed
         group by programme_id, unit_id, child_id
    ),
    people as (
        select programme_id, unit_id, child_id,
               array[count(*), count(*) filter (where top >= 2),
                     count(*) filter (where top >= 3), count(*) filter (where top >= 4)] as n
          from (select p.programme_id, p.unit_id, p.child_id, a.person_id, max(p.rank) as top
                  from placed p
                  join initiative_author a on a.initiative_id = p.id
                 group by p.programme_id, p.unit_id, p.child_id, a.person_id) x
         group by programme_id, unit_id, child_id
    ),
    author_groups as (
        select programme_id, unit_id, child_id,
               array[count(*), count(*) filter (where top >= 2),
                     count(*) filter (where top >= 3), count(*) filter (where top >= 4)] as n
          from (select programme_id, unit_id, child_id, owner_id, author_group, max(rank) as top
                  from placed
                 where author_group is not null
                 group by programme_id, unit_id, child_id, owner_id, author_group) x
         group by programme_id, unit_id, child_id
    )
    select c.programme_id, c.unit_id, c.child_id, l.level, c.n[l.level], c.benefit[l.level],
           coalesce(p.n[l.level], 0), coalesce(g.n[l.level], 0)
      from counts c
      left join people p using (programme_id, unit_id, child_id)
      left join author_groups g using (programme_id, unit_id, child_id)
     cross join generate_series(1, 4) as l (level)
     where c.n[l.level] > 0;
$$;

set local work_mem = '256MB';
select initiative_totals_rebuild();
analyze programme_total;
