-- Loading people into a table with its indexes and foreign key in place, against loading first and
-- making them afterwards (what PeopleGenerator does). Copies the first :rows people of the
-- benchmark database into a scratch table shaped like person, both ways, then drops it.
-- With the benchmark database served (./mvnw -B -q -Pbenchmark verify -Dbench.task=serve):
--   psql URL -v rows=1200000 -f docs/performance/people-load.sql
\timing on
set maintenance_work_mem = '1GB';
drop table if exists person_load;
create table person_load (like person including defaults including constraints);
alter table person_load add primary key (id);
-- person's other indexes, by their definitions in the catalogue, and its foreign key
select string_agg(replace(replace(pg_get_indexdef(indexrelid), 'INDEX person_', 'INDEX person_load_'),
                          ' ON public.person ', ' ON public.person_load '), '; ') as make_indexes,
       string_agg('drop index ' || replace(indexrelid::regclass::text, 'person_', 'person_load_'), '; ')
           as drop_indexes
from pg_index where indrelid = 'person'::regclass and not indisprimary
\gset
\set make_fk 'alter table person_load add constraint person_load_unit_fkey foreign key (unit_id) references org_unit (id)'
:make_indexes;
:make_fk;
\echo 'with indexes and foreign key in place:'
insert into person_load select * from person order by id limit :rows;
truncate person_load;
:drop_indexes;
alter table person_load drop constraint person_load_unit_fkey;
\echo 'without them, then index and check:'
insert into person_load select * from person order by id limit :rows;
:make_indexes;
:make_fk;
drop table person_load;
