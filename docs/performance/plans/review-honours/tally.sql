\set subtreePath '''/1/2/'''
\set subtreeUpper '''/1/20'''
\set subtreeLength 5
\set subtreeAsOf 'date ''2020-12-31'''
\set from 'date ''2020-01-01'''
\set to 'date ''2020-12-31'''
explain (analyze, buffers, costs off)
with placed as (
  select p.unit_id,
         nullif(split_part(substr(p.path, :subtreeLength + 1), '/', 1), '')::bigint as child_id
    from unit_placement p
   where p.path >= :subtreePath and p.path < :subtreeUpper
     and p.valid_from <= :subtreeAsOf
     and (p.valid_to is null or p.valid_to > :subtreeAsOf
          or not exists (select 1 from unit_placement later
                          where later.unit_id = p.unit_id
                            and later.valid_from >= p.valid_to
                            and later.valid_from <= :subtreeAsOf))
), counted as (select pl.child_id, hh.honour_id, hh.grade, hh.recipient,
 count(*) as granted,
 count(*) filter (where hh.direct_worker) as direct_workers,
 count(*) filter (where hh.woman) as women,
 count(*) filter (where hl.tier > (select max(tier) from unit_level where grassroots)) as small_collectives
  from honour_held hh join placed pl on pl.unit_id = hh.holder_unit_id
  left join org_unit hu on hu.id = hh.unit_id
  left join unit_level hl on hl.id = hu.level_id
 where hh.granted_on between :from and :to and not hh.revoked
 group by pl.child_id, hh.honour_id, hh.grade, hh.recipient)
select c.*, h.code, h.kind, h.name as honour_name, coalesce(g.name, h.name) as grade_name
  from counted c
  join honour h on h.id = c.honour_id
  left join honour_grade g on g.honour_id = c.honour_id and g.grade = c.grade
 order by c.honour_id, c.grade, c.recipient desc, c.child_id nulls last;
