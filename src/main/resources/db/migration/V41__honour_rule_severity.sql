-- A rule either blocks a nomination that fails it or only warns: a nominee who fails only warning
-- rules may still be submitted, the warning shown to the reviewers.
alter table honour_rule add column severity varchar(10) not null default 'BLOCK'
    check (severity in ('BLOCK', 'WARN'));
