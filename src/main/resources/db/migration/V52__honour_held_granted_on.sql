-- The day an honour was granted, so that reviews of any period (six months, a year, a date range)
-- count the honours granted in it: the issuing decision's signing day, or the last day of the
-- honoured year for honours recorded by hand.
alter table honour_held add column granted_on date;

update honour_held hh
   set granted_on = coalesce((select d.signed_on from decision d where d.id = hh.decision_id),
                             make_date(hh.year, 12, 31));

alter table honour_held alter column granted_on set not null;

create index honour_held_granted_idx on honour_held (granted_on, holder_unit_id)
    include (honour_id, grade, recipient, person_id, unit_id, revoked);
