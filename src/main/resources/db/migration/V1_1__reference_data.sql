-- Reference data every installation starts with. Administrators may rename and extend it.
insert into unit_level (code, name, name_en, tier, grassroots) values
    ('NATIONAL',   'Tổng Liên đoàn Lao động Việt Nam',                'National confederation',            1, false),
    ('PROVINCE',   'Liên đoàn Lao động tỉnh, thành phố',              'Provincial federation',             2, false),
    ('DISTRICT',   'Liên đoàn Lao động quận, huyện',                  'District federation',               3, false),
    ('WARD',       'Công đoàn phường, xã',                            'Ward or commune union',             3, false),
    ('INDUSTRY',   'Công đoàn ngành',                                 'Sector union',                      3, false),
    ('ZONE',       'Công đoàn các Khu công nghiệp và Chế xuất',       'Industrial and export zone union',  3, false),
    ('GRASSROOTS', 'Công đoàn cơ sở',                                 'Grassroots union',                  4, true),
    ('SUBUNIT',    'Tổ công đoàn, Công đoàn bộ phận',                 'Union team',                        5, false);

insert into sector (code, name, name_en) values
    ('HCSN',   'Hành chính sự nghiệp', 'Public administration'),
    ('DN',     'Doanh nghiệp',         'Enterprises'),
    ('TH',     'Trường học',           'Schools'),
    ('XA',     'Xã, phường, thị trấn', 'Communes and wards');

insert into org_unit (code, name, search_name, level_id, founded_on, path)
select 'TLD', 'Tổng Liên đoàn Lao động Việt Nam', 'tong lien doan lao dong viet nam', id, date '1929-07-28', ''
from unit_level where code = 'NATIONAL';

update org_unit set path = '/' || id || '/' where code = 'TLD';

insert into unit_placement (unit_id, parent_id, path, valid_from)
select id, null, path, founded_on from org_unit where code = 'TLD';
