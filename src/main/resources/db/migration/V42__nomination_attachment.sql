-- Files of a nomination's dossier (the achievement report's scan, evidence): files in the
-- attachment store.

create table nomination_attachment (
    attachment_id  bigint primary key references attachment (id) on delete cascade,
    nomination_id  bigint not null references nomination (id) on delete cascade
);
create index nomination_attachment_nomination_idx on nomination_attachment (nomination_id);
