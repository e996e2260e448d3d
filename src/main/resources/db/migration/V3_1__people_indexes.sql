-- A list of people in name order walks person_sort_idx from its start and stops after one page.
-- With the name, the unit and the leaving date in the index, the walk checks each entry without
-- reading the table (an index-only scan): a national search for "tran thi" among 12 million
-- people then takes tens of milliseconds instead of about a second (docs/PERFORMANCE.md).
drop index person_sort_idx;
create index person_sort_idx on person (sort_key, id) include (search_name, unit_id, left_on);
