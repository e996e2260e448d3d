-- import_job also runs the builds of large files (a province's review as PDF, DOCX or .xlsx) in the
-- background: the file it produced is kept here, so that any instance can hand it out, until the
-- clean-up job removes the job a day after it finished.
alter table import_job add column result bytea;
alter table import_job add column result_type varchar(100);
create index import_job_built_idx on import_job ((coalesce(finished_at, updated_at)))
    where result_type is not null;
