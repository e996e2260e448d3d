-- The usual titles and awards of the trade unions. Administrators rename, extend and retire them;
-- prize multiples follow Decree 98/2023/NĐ-CP where it names the honour (the individual's amount
-- where an honour goes to both).

insert into honour (kind, code, name, name_en, for_individuals, for_collectives, scope, theme, prize_multiple) values
    ('TITLE', 'LDTT',     'Lao động tiên tiến',                 'Advanced worker',                 true,  false, 'COMPREHENSIVE', null, 0.30),
    ('TITLE', 'CSTDCS',   'Chiến sĩ thi đua cơ sở',             'Grassroots emulation fighter',    true,  false, 'COMPREHENSIVE', null, 1.00),
    ('TITLE', 'TTLDTT',   'Tập thể lao động tiên tiến',         'Advanced collective',             false, true,  'COMPREHENSIVE', null, 0.80),
    ('TITLE', 'TTLDXS',   'Tập thể lao động xuất sắc',          'Excellent collective',            false, true,  'COMPREHENSIVE', null, 1.50),
    ('TITLE', 'CNG',      'Công nhân giỏi',                     'Good worker',                     true,  false, 'COMPREHENSIVE', null, null),
    ('TITLE', 'LDG',      'Lao động giỏi',                      'Good employee',                   true,  false, 'COMPREHENSIVE', null, null),
    ('TITLE', 'CDCS_HTXS', 'Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ',
                          'Grassroots union with outstanding results', false, true, 'COMPREHENSIVE', null, null),
    ('AWARD', 'GK',       'Giấy khen',                          'Certificate of merit',            true,  true,  'COMPREHENSIVE', null, 0.30),
    ('AWARD', 'BK_TINH',  'Bằng khen của Liên đoàn Lao động tỉnh, thành phố',
                          'Certificate of the provincial federation', true, true, 'COMPREHENSIVE', null, 1.00),
    ('AWARD', 'BK_TLD',   'Bằng khen của Tổng Liên đoàn Lao động Việt Nam',
                          'Certificate of the national confederation', true, true, 'COMPREHENSIVE', null, 1.00),
    ('AWARD', 'BK_TLD_GVNDVN', 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam chuyên đề "Giỏi việc nước, đảm việc nhà"',
                          'Thematic certificate of the national confederation: good at work, good at home',
                          true, false, 'THEMATIC', 'Giỏi việc nước, đảm việc nhà', 1.00),
    ('AWARD', 'BK_TLD_XSD', 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam chuyên đề "Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động"',
                          'Thematic certificate of the national confederation: green, clean, safe workplaces',
                          false, true, 'THEMATIC', 'Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động', 2.00),
    ('AWARD', 'CO_TDXS',  'Cờ thi đua xuất sắc',                'Emulation flag of excellence',    false, true,  'COMPREHENSIVE', null, 8.00),
    ('AWARD', 'BLDST',    'Bằng Lao động sáng tạo',             'Creative labour certificate',     true,  false, 'COMPREHENSIVE', null, null);

insert into honour_grade (honour_id, grade, name, granting_level_code)
select h.id, g.grade, g.name, g.level
from (values
    ('LDTT',          1, 'Lao động tiên tiến',                          'GRASSROOTS'),
    ('CSTDCS',        1, 'Chiến sĩ thi đua cơ sở',                      'GRASSROOTS'),
    ('TTLDTT',        1, 'Tập thể lao động tiên tiến',                  'GRASSROOTS'),
    ('TTLDXS',        1, 'Tập thể lao động xuất sắc',                   'DISTRICT'),
    ('CNG',           1, 'Công nhân giỏi cấp cơ sở',                    'GRASSROOTS'),
    ('CNG',           2, 'Công nhân giỏi cấp quận',                     'DISTRICT'),
    ('CNG',           3, 'Công nhân giỏi Thủ đô',                       'PROVINCE'),
    ('LDG',           1, 'Lao động giỏi',                               'GRASSROOTS'),
    ('CDCS_HTXS',     1, 'Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ', 'DISTRICT'),
    ('GK',            1, 'Giấy khen',                                   'DISTRICT'),
    ('BK_TINH',       1, 'Bằng khen của Liên đoàn Lao động tỉnh, thành phố', 'PROVINCE'),
    ('BK_TLD',        1, 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam', 'NATIONAL'),
    ('BK_TLD_GVNDVN', 1, 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam chuyên đề "Giỏi việc nước, đảm việc nhà"', 'NATIONAL'),
    ('BK_TLD_XSD',    1, 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam chuyên đề "Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động"', 'NATIONAL'),
    ('CO_TDXS',       1, 'Cờ thi đua xuất sắc của Liên đoàn Lao động tỉnh, thành phố', 'PROVINCE'),
    ('CO_TDXS',       2, 'Cờ thi đua xuất sắc của Tổng Liên đoàn Lao động Việt Nam', 'NATIONAL'),
    ('BLDST',         1, 'Bằng Lao động sáng tạo',                      'NATIONAL')
) as g (code, grade, name, level)
join honour h on h.code = g.code;
