-- The people registry's first page of a search and the count beside it, as PersonQueries sends
-- them, with their plans. Run by hand on the benchmark database
-- (./mvnw -B -q -Pbenchmark verify -Dbench.task=serve), for a scope and a name fragment:
--   psql URL -v p=/1/ -v u=/10 -v q='%nguyen van hung%' -f docs/performance/people-search.sql
-- (p: the scope's path prefix, u: its upper bound, q: the folded fragment between % signs)
\timing on
\echo 'page, as one query (before V3_1):'
explain (analyze, buffers)
select p.id, p.unit_id, u.name as unit_name, u.code as unit_code, p.full_name, p.gender,
       p.birth_year, p.job_title, p.member, p.direct_worker, p.started_on, p.left_on, p.version,
       p.created_at
from person p join org_unit u on u.id = p.unit_id
where ((u.path >= :'p' and u.path < :'u')) and p.search_name like :'q'
  and (p.left_on is null or p.left_on > current_date)
order by p.sort_key, p.id limit 26 offset 0;
\echo 'page, ids first from the index, then the rows (since V3_1):'
explain (analyze, buffers)
select p.id, p.unit_id, u.name as unit_name, u.code as unit_code, p.full_name, p.gender,
       p.birth_year, p.job_title, p.member, p.direct_worker, p.started_on, p.left_on, p.version,
       p.created_at
from (select p.id from person p join org_unit u on u.id = p.unit_id
      where ((u.path >= :'p' and u.path < :'u')) and p.search_name like :'q'
        and (p.left_on is null or p.left_on > current_date)
      order by p.sort_key, p.id limit 26 offset 0) page
join person p on p.id = page.id join org_unit u on u.id = p.unit_id
order by p.sort_key, p.id;
\echo 'count up to 10,001:'
explain (analyze, buffers)
select count(*) from (select 1 from person p join org_unit u on u.id = p.unit_id
                      where ((u.path >= :'p' and u.path < :'u')) and p.search_name like :'q'
                        and (p.left_on is null or p.left_on > current_date)
                      limit 10001) matching;
