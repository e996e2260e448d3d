-- psql -h HOST -p PORT -U postgres -f data.sql   on a database migrated up to V52 *without* V34;
-- then run V34 (it fills honour_held.direct_worker and .woman from person), vacuum analyze, and tally.sql.
\timing on
-- one province: 10 districts, 400 grassroots unions each, one union team in each grassroots union
insert into org_unit (name, search_name, level_id, founded_on, path, parent_id)
select 'Tinh', 'tinh', (select id from unit_level where code='PROVINCE'), date '2000-01-01', '', 1;
update org_unit set path = '/1/' || id || '/' where name = 'Tinh';
insert into org_unit (name, search_name, level_id, founded_on, path, parent_id)
select 'Quan ' || d, 'quan', (select id from unit_level where code='DISTRICT'), date '2000-01-01', '', (select id from org_unit where name='Tinh')
  from generate_series(1, 10) d;
update org_unit u set path = p.path || u.id || '/' from org_unit p where p.id = u.parent_id and u.name like 'Quan %';
insert into org_unit (name, search_name, level_id, founded_on, path, parent_id)
select 'CDCS ' || d.id || '-' || g, 'cdcs', (select id from unit_level where code='GRASSROOTS'), date '2000-01-01', '', d.id
  from org_unit d cross join generate_series(1, 400) g where d.name like 'Quan %';
update org_unit u set path = p.path || u.id || '/' from org_unit p where p.id = u.parent_id and u.name like 'CDCS %';
insert into org_unit (name, search_name, level_id, founded_on, path, parent_id)
select 'To ' || g.id, 'to', (select id from unit_level where code='SUBUNIT'), date '2000-01-01', '', g.id
  from org_unit g where g.name like 'CDCS %';
update org_unit u set path = p.path || u.id || '/' from org_unit p where p.id = u.parent_id and u.name like 'To %';
insert into unit_placement (unit_id, parent_id, path, valid_from)
select id, parent_id, path, founded_on from org_unit where parent_id is not null;
-- 1.2 million workers, 300 in each grassroots union
insert into person (unit_id, full_name, search_name, sort_key, gender, birth_year, direct_worker, started_on)
select g.id, 'Nguoi ' || n, 'nguoi', 'nguoi', case when n % 2 = 0 then 'FEMALE' else 'MALE' end, 1980,
       n % 3 <> 0, date '2010-01-01'
  from org_unit g cross join generate_series(1, 300) n where g.name like 'CDCS %';
-- 300,000 honours a year for 2019 and 2020: one worker in four, titles and awards, and collectives
insert into honour_held (honour_id, grade, recipient, person_id, unit_id, holder_unit_id, year, granted_on,
                         granting_unit_id, decision_id, revoked, recorded_by)
select case when p.id % 3 = 0 then (select id from honour where code='GK')
            when p.id % 3 = 1 then (select id from honour where code='LDTT')
            else (select id from honour where code='CNG') end,
       1, 'INDIVIDUAL', p.id, null, p.unit_id, y, make_date(y, 1 + (p.id % 12)::int, 1 + (p.id % 28)::int),
       p.unit_id, p.id, p.id % 50 = 0, 'bench'
  from person p cross join (values (2019), (2020)) years(y)
 where p.id % 4 = 0;
insert into honour_held (honour_id, grade, recipient, person_id, unit_id, holder_unit_id, year, granted_on,
                         granting_unit_id, decision_id, revoked, recorded_by)
select (select id from honour where code='GK'), 1, 'COLLECTIVE', null, u.id, u.id, y, make_date(y, 12, 20),
       u.id, null, false, 'bench'
  from org_unit u cross join (values (2019), (2020)) years(y)
 where u.name like 'CDCS %' or u.name like 'To %';
vacuum analyze;
select count(*) from honour_held; select count(*) from person;
