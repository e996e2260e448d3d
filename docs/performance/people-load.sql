-- Loading people into a table with its indexes and foreign key in place, against loading first and
-- making them afterwards (what PeopleGenerator does). Copies the first :rows people of the
-- benchmark database into a scratch table shaped like person, both ways, then drops it.
-- With the benchmark database served (./mvnw -B -q -Pbenchmark verify -Dbench.task=serve):
--   psql URL -v rows=1200000 -f docs/performance/people-load.sql
\timing on
set maintenance_work_mem = '1GB';
drop table if exists person_load;
create table person_load (like person including all);
alter table person_load add constraint person_load_unit_id_fkey
    foreign key (unit_id) references org_unit (id);
\echo 'with indexes and foreign key in place:'
insert into person_load select * from person order by id limit :rows;
truncate person_load;
\echo 'without them, then index and check:'
drop index person_load_search_name_idx, person_load_sort_key_id_idx,
           person_load_unit_id_sort_key_id_idx;
alter table person_load drop constraint person_load_unit_id_fkey;
insert into person_load select * from person order by id limit :rows;
create index on person_load using gin (search_name gin_trgm_ops);
create index on person_load (sort_key, id);
create index on person_load (unit_id, sort_key, id);
alter table person_load add constraint person_load_unit_id_fkey
    foreign key (unit_id) references org_unit (id);
drop table person_load;
