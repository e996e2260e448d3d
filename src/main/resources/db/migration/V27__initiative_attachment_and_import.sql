-- Documents of an initiative (the description, drawings, photos, the benefit calculation): files in
-- the attachment store.

create table initiative_attachment (
    attachment_id  bigint primary key references attachment (id) on delete cascade,
    initiative_id  bigint not null references initiative (id) on delete cascade
);
create index initiative_attachment_initiative_idx on initiative_attachment (initiative_id);

-- Imports of initiatives run as import_job rows too; the kind tells one import from another, so
-- that each module answers only for its own jobs.
alter table import_job add column kind varchar(30) not null default 'PEOPLE';
