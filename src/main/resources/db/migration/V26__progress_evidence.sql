-- Evidence for a unit's progress report for a phase (minh chứng): files in the attachment store.
-- A unit may attach files before it first saves its values, so evidence hangs on the phase and the
-- participant, as the report does, not on the report row.

create table progress_evidence (
    attachment_id  bigint primary key references attachment (id) on delete cascade,
    movement_id    bigint not null,
    phase_id       bigint not null references movement_phase (id) on delete cascade,
    unit_id        bigint not null,
    constraint progress_evidence_participant foreign key (movement_id, unit_id)
        references movement_participant (movement_id, unit_id) on delete cascade
);
create index progress_evidence_report_idx on progress_evidence (phase_id, unit_id);
