-- The honour board: an exemplary awardee's story and photo, entered by an officer for a line of an
-- issued decision. Kept apart from decision_line, which never changes once issued.

create table exemplary_story (
    id          bigserial primary key,
    line_id     bigint      not null unique references decision_line (id),
    story       text        not null default '',
    photo       bytea,
    photo_type  text        check (photo_type in ('image/jpeg', 'image/png')),
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0,
    constraint exemplary_story_photo_typed check ((photo is null) = (photo_type is null)),
    constraint exemplary_story_photo_size check (photo is null or octet_length(photo) <= 2097152)
);

-- the public board searches names without diacritics and lists the honoured of issued decisions
create index decision_line_search_idx on decision_line using gin (awardee_search_name gin_trgm_ops);
create index decision_issued_year_idx on decision (year desc, id) where status = 'ISSUED';
