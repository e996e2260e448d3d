-- Decisions on awards (quyết định khen thưởng), their awardee lines and the numbering counters.

create table decision (
    id                  bigserial primary key,
    issuing_unit_id     bigint      not null references org_unit (id),
    year                integer     not null check (year between 1945 and 2200),
    kind                text        not null default 'AWARD' check (kind in ('AWARD', 'REVOKE', 'AMEND')),
    target_decision_id  bigint      references decision (id),
    status              text        not null default 'DRAFT'
                                    check (status in ('DRAFT', 'ISSUED', 'REVOKED', 'AMENDED')),
    -- numbers run per issuing unit and calendar year of signing; year above is the year honoured
    number_year         integer,
    number              integer     check (number > 0),
    symbol              text,
    subject             text        not null,
    bases               text        not null default '',
    signer_name         text        not null,
    signer_position     text        not null,
    signed_on           date,
    issued_at           timestamptz,
    issued_by           text,
    superseded_by_id    bigint      references decision (id),
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    version             integer     not null default 0,
    constraint decision_number_unique unique (issuing_unit_id, number_year, number),
    constraint decision_issued_has_number check (status = 'DRAFT' or (number is not null and number_year is not null and signed_on is not null)),
    constraint decision_revision_names_target check ((kind = 'AWARD') = (target_decision_id is null))
);

create index decision_issuing_unit_idx on decision (issuing_unit_id, year desc, id desc);
create index decision_target_idx on decision (target_decision_id) where target_decision_id is not null;

create table decision_line (
    id                  bigserial primary key,
    decision_id         bigint  not null references decision (id),
    position            integer not null,
    honour_code         text    not null,
    grade               integer not null default 1,
    honour_name         text    not null,
    honour_kind         text    not null check (honour_kind in ('TITLE', 'AWARD')),
    recipient           text    not null check (recipient in ('INDIVIDUAL', 'COLLECTIVE')),
    person_id           bigint  references person (id),
    collective_unit_id  bigint  references org_unit (id),
    awardee_name        text    not null,
    awardee_search_name text    not null,
    workplace_unit_id   bigint  not null references org_unit (id),
    workplace_name      text    not null,
    job_title           text,
    citation            text    not null default '',
    nomination_id       bigint,
    short_code          text    not null unique,
    constraint decision_line_one_awardee check (
        (recipient = 'INDIVIDUAL' and person_id is not null and collective_unit_id is null)
        or (recipient = 'COLLECTIVE' and collective_unit_id is not null and person_id is null)),
    constraint decision_line_position_unique unique (decision_id, position)
);

create index decision_line_decision_idx on decision_line (decision_id, position);
create index decision_line_person_idx on decision_line (person_id) where person_id is not null;
create index decision_line_workplace_idx on decision_line (workplace_unit_id);

-- One row per issuing unit and year; taking the next number locks the row until the issuing commits.
create table decision_counter (
    issuing_unit_id bigint  not null references org_unit (id),
    number_year     integer not null,
    last_number     integer not null,
    primary key (issuing_unit_id, number_year)
);

-- An officer's choice of the symbol after "QĐ-" for their unit, e.g. "LĐLĐ" or "CĐN"; and the place name.
create table decision_letterhead (
    unit_id       bigint primary key references org_unit (id),
    symbol_suffix text    not null check (symbol_suffix ~ '^[^[:space:]/]{1,20}$'),
    place_name    text,
    version       integer not null default 0
);

-- An issued decision is never edited: only its status may move to REVOKED or AMENDED, once, by a later
-- decision that names it (superseded_by_id). Drafts may change freely.
create function decision_refuse_edit_of_issued() returns trigger as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'decision % is issued and cannot be deleted', old.id using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.status = 'DRAFT' then
        return new;
    end if;
    if (new.issuing_unit_id, new.year, new.kind, new.target_decision_id, new.number_year, new.number, new.symbol, new.subject,
        new.bases, new.signer_name, new.signer_position, new.signed_on, new.issued_at, new.issued_by,
        new.created_by, new.created_at)
       is distinct from
       (old.issuing_unit_id, old.year, old.kind, old.target_decision_id, old.number_year, old.number, old.symbol, old.subject,
        old.bases, old.signer_name, old.signer_position, old.signed_on, old.issued_at, old.issued_by,
        old.created_by, old.created_at) then
        raise exception 'decision % is issued and cannot be edited', old.id using errcode = 'P0001';
    end if;
    if new.status is distinct from old.status or new.superseded_by_id is distinct from old.superseded_by_id then
        if not (old.status = 'ISSUED' and new.status in ('REVOKED', 'AMENDED')
                and old.superseded_by_id is null and new.superseded_by_id is not null
                and exists (select 1 from decision d
                            where d.id = new.superseded_by_id and d.target_decision_id = old.id
                              and d.kind = case new.status when 'REVOKED' then 'REVOKE' else 'AMEND' end)) then
            raise exception 'decision % is issued; only a later decision naming it may revoke or amend it', old.id
                using errcode = 'P0001';
        end if;
    end if;
    return new;
end
$$ language plpgsql;

create trigger decision_immutable_once_issued
    before update or delete on decision
    for each row execute function decision_refuse_edit_of_issued();

create function decision_line_refuse_edit_of_issued() returns trigger as $$
declare
    owner_status text;
begin
    select status into owner_status from decision
     where id = case tg_op when 'INSERT' then new.decision_id else old.decision_id end;
    if owner_status is distinct from 'DRAFT' then
        raise exception 'the lines of an issued decision cannot change' using errcode = 'P0001';
    end if;
    if tg_op = 'UPDATE' and new.decision_id <> old.decision_id then
        raise exception 'a line cannot move to another decision' using errcode = 'P0001';
    end if;
    return case tg_op when 'DELETE' then old else new end;
end
$$ language plpgsql;

create trigger decision_line_immutable_once_issued
    before insert or update or delete on decision_line
    for each row execute function decision_line_refuse_edit_of_issued();
