-- The titles a movement leads to and those a registration aims at refer to the honours catalogue by
-- the honour's code: codes are stable (never changed once created), they are what the API takes, and
-- they read the same in an audit entry. No foreign key: on a database built from scratch this runs
-- before the catalogue (V30) exists. The free text stays in `code` / `title_code`, so titles of old
-- movements that match nothing in the catalogue remain readable; new ones always carry a code.
alter table movement_title add column honour_code varchar(40);
alter table registration_title add column honour_code varchar(40);
alter table registration_person add column honour_code varchar(40);

-- Lower case, no Vietnamese diacritics, đ as d, single spaces (as vn.thidua.shared.text.SearchText);
-- lower() alone would leave accented capitals under the C locale.
create function pg_temp.v17_fold(value text) returns text language sql immutable as $$
    select btrim(regexp_replace(lower(translate(value,
        'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
        'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')),
        '\s+', ' ', 'g'))
$$;

-- Backfill where the catalogue exists (a database that had movements before this migration): a free
-- title matches an honour whose name, code or grade name folds to the same text.
do $$
begin
    if to_regclass('honour') is null then
        return;
    end if;
    create temporary table v17_title_key on commit drop as
        select distinct on (key) key, code
        from (select pg_temp.v17_fold(h.name) as key, h.code, h.id, 0 as rank from honour h
              union all
              select pg_temp.v17_fold(h.code), h.code, h.id, 1 from honour h
              union all
              select pg_temp.v17_fold(g.name), h.code, h.id, 2
              from honour_grade g join honour h on h.id = g.honour_id) keys
        order by key, rank, id;
    update movement_title t set honour_code = k.code
        from v17_title_key k where k.key = pg_temp.v17_fold(t.code);
    update registration_title t set honour_code = k.code
        from v17_title_key k where k.key = pg_temp.v17_fold(t.code);
    update registration_person p set honour_code = k.code
        from v17_title_key k where k.key = pg_temp.v17_fold(p.title_code);
end
$$;

drop function pg_temp.v17_fold(text);
