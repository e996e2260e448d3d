-- What a pooled connection's plan cache does to People.countInSubtree: the statement is prepared
-- once, runs five times for the nation and the largest province, and PostgreSQL then keeps one
-- generic plan that it also uses for a grassroots union. By hand, on the benchmark database
-- (./mvnw -B -q -Pbenchmark verify -Dbench.task=serve), with p/u a grassroots union's path and
-- upper bound:
--   psql URL -v p=/1/2/36/1234/ -v u=/1/2/36/12340 -f docs/performance/people-plan-cache.sql
\timing on
set plan_cache_mode = auto;
prepare working(text, text) as
select count(*) from person p join org_unit u on u.id = p.unit_id
where ((u.path >= $1 and u.path < $2)) and (p.left_on is null or p.left_on > current_date);
\o /dev/null
execute working('/1/', '/10');
execute working('/1/', '/10');
execute working('/1/', '/10');
execute working('/1/2/', '/1/20');
execute working('/1/2/', '/1/20');
execute working('/1/2/', '/1/20');
\o
\echo 'the grassroots union with the plan the cache settled on:'
explain (analyze, buffers) execute working(:'p', :'u');
set plan_cache_mode = force_custom_plan;
\echo 'the same, planned for its values (what PersonQueries asks for since V3_1):'
explain (analyze, buffers) execute working(:'p', :'u');
deallocate working;
