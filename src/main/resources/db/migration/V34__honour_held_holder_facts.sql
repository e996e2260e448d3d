-- Whether the person honoured was a direct worker and a woman when honoured (null for a collective).
-- A review's shares of awards going to direct workers and to women then stay what they were, whatever
-- the registry says later, and a national review counts them from honour_held alone instead of
-- joining twelve million people.
alter table honour_held add column direct_worker boolean;
alter table honour_held add column woman boolean;

update honour_held hh
   set direct_worker = p.direct_worker,
       woman = p.gender = 'FEMALE'
  from person p
 where p.id = hh.person_id;

alter table honour_held add constraint honour_held_person_facts check (
    (person_id is null and direct_worker is null and woman is null)
    or (person_id is not null and direct_worker is not null and woman is not null));
