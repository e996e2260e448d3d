-- The honours granted, kept on the figure ledger (V63): per holder unit and month granted, for each
-- honour, grade and recipient, the honours granted and not revoked ('g'), those to direct workers
-- ('d'), to women ('w') and to small collectives ('s'). A review of whole months reads these sums
-- instead of counting honour_held (docs/REPORTS.md, "Titles and awards").

-- Whether the collective honoured was a small one (a union team: its level below every grassroots
-- level) when honoured; null for a person. Like direct_worker and woman (V34) it is taken when the
-- honour is recorded, so that a past review never changes when a unit's level is edited later.
alter table honour_held add column small_collective boolean;

create function honour_held_small_collective() returns trigger language plpgsql as $$
begin
  new.small_collective := (select l.tier > (select max(tier) from unit_level where grassroots)
                             from org_unit u join unit_level l on l.id = u.level_id
                            where u.id = new.unit_id);
  return new;
end $$;

create trigger honour_held_small_collective before insert on honour_held
    for each row when (new.unit_id is not null and new.small_collective is null)
    execute function honour_held_small_collective();
create trigger honour_held_small_collective_again before update of unit_id on honour_held
    for each row when (new.unit_id is distinct from old.unit_id)
    execute function honour_held_small_collective();

update honour_held hh
   set small_collective = l.tier > (select max(tier) from unit_level where grassroots)
  from org_unit u join unit_level l on l.id = u.level_id
 where u.id = hh.unit_id;

alter table honour_held add constraint honour_held_collective_facts
    check ((unit_id is null) = (small_collective is null));

-- The figures one honour held counts in, e.g. 'honours/12/1/I/g' and 'honours/12/1/I/w'.
create function honour_held_figures(honour bigint, grade int, recipient text,
                                    direct_worker boolean, woman boolean, small_collective boolean)
    returns setof text language sql immutable parallel safe as $$
  select 'honours/' || honour || '/' || grade || '/' || left(recipient, 1) || '/' || f
    from unnest(array['g',
                      case when direct_worker then 'd' end,
                      case when woman then 'w' end,
                      case when small_collective then 's' end]) f
   where f is not null
$$;

-- Each statement's change: minus the rows as they counted before, plus the rows as they count now.
-- Revoking an honour is an update that takes it off.
create function honour_held_tally() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then
    perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure), array_agg(amount))
       from (select hh.holder_unit_id as unit_id, date_trunc('month', hh.granted_on)::date as month,
                    f as figure, count(*) as amount
               from new_rows hh
              cross join honour_held_figures(hh.honour_id, hh.grade, hh.recipient,
                                             hh.direct_worker, hh.woman, hh.small_collective) f
              where not hh.revoked
              group by 1, 2, 3) d;
  elsif TG_OP = 'DELETE' then
    perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure), array_agg(amount))
       from (select hh.holder_unit_id as unit_id, date_trunc('month', hh.granted_on)::date as month,
                    f as figure, -count(*) as amount
               from old_rows hh
              cross join honour_held_figures(hh.honour_id, hh.grade, hh.recipient,
                                             hh.direct_worker, hh.woman, hh.small_collective) f
              where not hh.revoked
              group by 1, 2, 3) d;
  else
    perform add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure), array_agg(amount))
       from (select hh.holder_unit_id as unit_id, date_trunc('month', hh.granted_on)::date as month,
                    f as figure, sum(hh.sign) as amount
               from (select o.*, -1 as sign from old_rows o
                     union all
                     select n.*, 1 as sign from new_rows n) hh
              cross join honour_held_figures(hh.honour_id, hh.grade, hh.recipient,
                                             hh.direct_worker, hh.woman, hh.small_collective) f
              where not hh.revoked
              group by 1, 2, 3) d;
  end if;
  return null;
end $$;

create trigger honour_held_tally_insert after insert on honour_held
    referencing new table as new_rows
    for each statement execute function honour_held_tally();
create trigger honour_held_tally_update after update on honour_held
    referencing old table as old_rows new table as new_rows
    for each statement execute function honour_held_tally();
create trigger honour_held_tally_delete after delete on honour_held
    referencing old table as old_rows
    for each statement execute function honour_held_tally();

select add_unit_tallies(array_agg(unit_id), array_agg(month), array_agg(figure), array_agg(amount))
  from (select hh.holder_unit_id as unit_id, date_trunc('month', hh.granted_on)::date as month,
               f as figure, count(*) as amount
          from honour_held hh
         cross join honour_held_figures(hh.honour_id, hh.grade, hh.recipient,
                                        hh.direct_worker, hh.woman, hh.small_collective) f
         where not hh.revoked
         group by 1, 2, 3) d;
