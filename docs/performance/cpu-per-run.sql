-- CPU that one serial run of the roll-up total costs the server backend, measured from
-- /proc/PID/stat (so psql must run on the database's machine). Ten runs after two warm-ups.
-- With the benchmark database served (./mvnw -B -q -Pbenchmark verify -Dbench.task=serve):
--   psql URL -v mode=force_custom_plan -v p=/1/ -v u=/10 -f docs/performance/cpu-per-run.sql
--   (mode: force_custom_plan or force_generic_plan; p: path prefix; u: its upper bound)
prepare tot(date, text, text) as
select count(*) filter (where l.grassroots) as grassroots_units,
       coalesce(sum(f.workers),0), coalesce(sum(f.women_workers),0), coalesce(sum(f.members),0), coalesce(sum(f.women_members),0)
from unit_placement p
join org_unit u on u.id = p.unit_id
join unit_level l on l.id = u.level_id
left join unit_figures f on f.unit_id = p.unit_id and f.valid_from <= $1 and (f.valid_to is null or f.valid_to > $1)
where p.path >= $2 and p.path < $3 and p.valid_from <= $1 and (p.valid_to is null or p.valid_to > $1);
set max_parallel_workers_per_gather = 0;
set plan_cache_mode = :mode;
select pg_backend_pid() as pid \gset
\setenv BPID :pid
\o /dev/null
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
\o
\! echo before $(awk '{print $14+$15}' /proc/$BPID/stat)
\o /dev/null
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
execute tot('2026-11-21', :'p', :'u');
\o
-- Clock ticks are 10 ms, so (after - before) ticks over ten runs is milliseconds per run.
\! echo after $(awk '{print $14+$15}' /proc/$BPID/stat)
